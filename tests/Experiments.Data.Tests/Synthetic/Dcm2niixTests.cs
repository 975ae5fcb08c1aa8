using Experiments.Data.Synthetic;
using Experiments.Imaging;
using Experiments.Imaging.Geometry;
using Experiments.Imaging.Nifti;
using Experiments.Testing;

namespace Experiments.Data.Tests.Synthetic;

/// <summary>
/// dcm2niix, an independent converter, reads the generated series (signed and unsigned pixels:
/// the first three cases have both) without warnings, and onto a grid where every voxel lands on
/// the world position, and has the Hounsfield value, that the generator put there, so the
/// hematoma mask lines up with the image a user converts.
/// </summary>
public class Dcm2niixTests
{
    private const string InstallHint = "apt-get install -y dcm2niix";

    [Fact]
    public void Generated_series_convert_without_warnings_onto_the_masks_grid()
    {
        using var folder = new TemporaryFolder();
        using var output = new TemporaryFolder();
        var dataset = GeneratedDatasets.Generate(folder.Path, cases: 3);

        foreach (var item in dataset.AllCases)
        {
            var (exitCode, log) = CommandLineTool.Run("dcm2niix", InstallHint,
                "-z", "n", "-b", "n", "-f", item.Id, "-o", output.Path, item.ImagePath);

            Assert.True(exitCode == 0, log);
            Assert.DoesNotContain("warning", log, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("error", log, StringComparison.OrdinalIgnoreCase);
            var converted = new NiftiReader().ReadVolume(Path.Combine(output.Path, item.Id + ".nii"));
            var rendered = SyntheticCaseRenderer.Render(GeneratedDatasets.SpecOf(item));
            AssertSameVoxelsInTheWorld(rendered.Image, converted);
        }
    }

    private static void AssertSameVoxelsInTheWorld(Volume expected, Volume converted)
    {
        Assert.Equal(expected.Size.VoxelCount, converted.Size.VoxelCount);
        var toConverted = WorldToVoxel(converted.Geometry);
        var size = expected.Size;
        for (var k = 0; k < size.Z; k++)
        for (var j = 0; j < size.Y; j++)
        for (var i = 0; i < size.X; i++)
        {
            var index = toConverted(expected.Geometry.VoxelToWorld(i, j, k));
            var (ci, cj, ck) = ((int)Math.Round(index.X), (int)Math.Round(index.Y), (int)Math.Round(index.Z));
            Assert.True((index - new Vector3D(ci, cj, ck)).Length < 1e-3, $"voxel ({i}, {j}, {k}) maps to {index}");
            Assert.Equal(expected[i, j, k], converted[ci, cj, ck]);
        }
    }

    private static Func<Vector3D, Vector3D> WorldToVoxel(VolumeGeometry geometry)
    {
        var a = geometry.AxisI * geometry.Spacing.X;
        var b = geometry.AxisJ * geometry.Spacing.Y;
        var c = geometry.AxisK * geometry.Spacing.Z;
        var determinant = a.Dot(b.Cross(c));
        var (rowI, rowJ, rowK) = (b.Cross(c) * (1 / determinant), c.Cross(a) * (1 / determinant),
            a.Cross(b) * (1 / determinant));
        return world =>
        {
            var offset = world - geometry.Origin;
            return new Vector3D(rowI.Dot(offset), rowJ.Dot(offset), rowK.Dot(offset));
        };
    }
}
