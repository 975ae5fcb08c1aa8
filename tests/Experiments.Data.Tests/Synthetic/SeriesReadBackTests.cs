using Experiments.Data.Synthetic;
using Experiments.Imaging.Dicom.Series;
using Experiments.Testing;

namespace Experiments.Data.Tests.Synthetic;

/// <summary>
/// The project's own DICOM reader, behind <c>experiments inspect</c> and <c>convert</c>, reads
/// generated series.
/// </summary>
public class SeriesReadBackTests
{
    [Fact]
    public void Reader_returns_the_intended_geometry_and_hounsfield_units()
    {
        using var folder = new TemporaryFolder();
        var item = GeneratedDatasets.Generate(folder.Path, cases: 1).Training[0];
        var spec = GeneratedDatasets.SpecOf(item);

        var result = new DicomSeriesReader().Read(item.ImagePath);

        Assert.Empty(result.Report.Issues);
        Assert.Empty(result.Report.SkippedFiles);
        Assert.Equal(spec.Acquisition.Size, result.Volume.Size);
        Assert.True(result.Volume.Geometry.MaxAffineDifference(spec.Acquisition.Geometry) < 1e-4,
            $"read {result.Volume.Geometry}, intended {spec.Acquisition.Geometry}");
        Assert.Equal(SyntheticCaseRenderer.Render(spec).Image.Voxels, result.Volume.Voxels);
        Assert.InRange(result.Volume.Voxels.Min(), -1024, -990);
        Assert.InRange(result.Volume.Voxels.Max(), 1100, 1530);
    }
}
