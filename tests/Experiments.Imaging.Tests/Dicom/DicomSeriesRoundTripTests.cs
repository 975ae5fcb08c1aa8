using Experiments.Imaging.Dicom.Series;
using Experiments.Imaging.Dicom.Writing;
using Experiments.Testing;

namespace Experiments.Imaging.Tests.Dicom;

public class DicomSeriesRoundTripTests
{
    [Fact]
    public void Written_axial_series_reads_back_with_the_same_voxels_and_geometry()
    {
        using var folder = new TemporaryFolder();
        var volume = SeriesFixtures.Phantom();
        DicomSeriesWriter.Write(folder.Path, volume, new CtSeriesDescription { UidSeed = "round-trip" });

        var (read, report) = new DicomSeriesReader().Read(folder.Path);

        Assert.Equal(volume.Size, read.Size);
        Assert.Equal(volume.Voxels, read.Voxels);
        Assert.True(read.Geometry.MaxAffineDifference(volume.Geometry) < 1e-6,
            $"affine differs by {read.Geometry.MaxAffineDifference(volume.Geometry)} mm");
        Assert.Equal(SeriesCorrections.None, report.Corrections);
        Assert.Empty(report.Issues);
    }

    [Fact]
    public void Oblique_series_stacked_against_its_normal_reads_back_in_normal_order_at_the_same_world_positions()
    {
        using var folder = new TemporaryFolder();
        // ObliqueGeometry's k axis points against cross(row, column), so the reader reverses the slices.
        var volume = SyntheticVolumes.Phantom(new(24, 20, 5), SyntheticVolumes.ObliqueGeometry());
        DicomSeriesWriter.Write(folder.Path, volume, new CtSeriesDescription { UidSeed = "oblique" });

        var read = new DicomSeriesReader().Read(folder.Path).Volume;

        Assert.Equal(volume.Size, read.Size);
        for (var k = 0; k < 5; k++)
        {
            Assert.Equal(volume[3, 7, 4 - k], read[3, 7, k]);
            var world = volume.Geometry.VoxelToWorld(3, 7, 4 - k);
            Assert.True((read.Geometry.VoxelToWorld(3, 7, k) - world).Length < 1e-6);
        }
    }

    [Fact]
    public void Rescale_slope_and_intercept_are_applied_per_slice()
    {
        using var folder = new TemporaryFolder();
        var volume = SeriesFixtures.Phantom();
        var series = new CtSeriesDescription { SeriesInstanceUid = "2.25.1234", UidSeed = "a" };
        SeriesFixtures.WriteSlices(folder.Path, volume, [0, 1, 2], series, "a");
        SeriesFixtures.WriteSlices(folder.Path, volume, [3, 4, 5],
            series with { UidSeed = "b", RescaleSlope = 0.5, RescaleIntercept = -1000 }, "b");

        var read = new DicomSeriesReader().Read(folder.Path).Volume;

        Assert.Equal(volume.Voxels, read.Voxels);
    }

    [Fact]
    public void Gantry_tilt_is_refused_by_default_and_corrected_by_shifting_slices_when_asked()
    {
        using var folder = new TemporaryFolder();
        // Each 2 mm slice step also moves 0.5 mm (one row) along y: a 14.04 degree tilt.
        var sheared = SeriesFixtures.AxialGeometry() with
        {
            AxisK = new Geometry.Vector3D(0, 0.5, 2).Normalized(),
            Spacing = new Geometry.Vector3D(0.5, 0.5, Math.Sqrt(0.25 + 4)),
        };
        var volume = SeriesFixtures.Phantom(sheared);
        DicomSeriesWriter.Write(folder.Path, volume, new CtSeriesDescription { UidSeed = "tilt" });
        var reader = new DicomSeriesReader();

        var refused = Assert.Throws<DicomSeriesException>(() => reader.Read(folder.Path));
        var (corrected, report) =
            reader.Read(folder.Path, new DicomSeriesOptions { GantryTilt = SliceGridPolicy.Resample });

        Assert.Equal(SeriesIssueKind.GantryTilt, Assert.Single(refused.Issues).Kind);
        Assert.Contains("14.04 degrees", refused.Message);
        Assert.Equal(Math.Atan(0.25) * 180 / Math.PI, report.TiltDegrees, 1e-6);
        Assert.Equal(SeriesCorrections.GantryTiltCorrected, report.Corrections);
        Assert.Equal(new Geometry.GridSize(12, 15, 6), corrected.Size);
        Assert.True(corrected.Geometry.MaxAffineDifference(SeriesFixtures.AxialGeometry()) < 1e-6);
        var fill = volume.Voxels.Min();
        Assert.Equal(fill, report.FillValue);
        for (var k = 0; k < 6; k++)
        {
            for (var j = 0; j < 15; j++)
            {
                var expected = j - k is >= 0 and < 10 ? volume[4, j - k, k] : fill;
                Assert.Equal(expected, corrected[4, j, k]);
            }
        }
    }
}
