using Experiments.Imaging.Geometry;
using Experiments.Imaging.Tests.Nifti;

namespace Experiments.Imaging.Tests;

public class GeometryComparisonTests
{
    [Fact]
    public void Image_and_mask_within_tolerance_are_accepted()
    {
        var image = TestVolumes.Ct(TestVolumes.Oblique());
        var shifted = TestVolumes.Oblique() with { Origin = TestVolumes.Oblique().Origin + new Vector3D(0, 0, 0.0005) };
        var mask = TestVolumes.Mask(shifted, labels: 1);

        GeometryComparison.RequireSameGrid(image, mask, "case-007", toleranceMm: 1e-3);
    }

    [Fact]
    public void Mask_shifted_beyond_tolerance_is_refused_with_both_affines_shown()
    {
        var image = TestVolumes.Ct(TestVolumes.Oblique());
        var shifted = TestVolumes.Oblique() with { Origin = TestVolumes.Oblique().Origin + new Vector3D(0, 0, 0.5) };
        var mask = TestVolumes.Mask(shifted, labels: 1);

        var error = Assert.Throws<GeometryMismatchException>(
            () => GeometryComparison.RequireSameGrid(image, mask, "case-007", toleranceMm: 1e-3));

        Assert.Equal("case-007", error.CaseId);
        Assert.Contains("differ by up to 0.5 mm", error.Message);
        Assert.Contains("image affine:\n  [-0.4500, 0.0000, 0.0000, -110.2500]", error.Message);
        Assert.Contains("[0.0000, 0.1710, 4.6985, -42.7500]", error.Message);
        Assert.Contains("[0.0000, 0.1710, 4.6985, -42.2500]", error.Message);
    }

    [Fact]
    public void Mask_of_another_size_is_refused()
    {
        var image = TestVolumes.Ct(TestVolumes.Oblique());
        var mask = new Volume(new GridSize(7, 6, 4), TestVolumes.Oblique());

        var error = Assert.Throws<GeometryMismatchException>(
            () => GeometryComparison.RequireSameGrid(image, mask, "case-003", toleranceMm: 1e-3));

        Assert.Contains("7 x 6 x 5 voxels but the mask is 7 x 6 x 4", error.Message);
    }
}
