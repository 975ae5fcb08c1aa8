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
    public void Reader_returns_the_intended_geometry_and_hounsfield_units_for_both_pixel_storages()
    {
        using var folder = new TemporaryFolder();
        var cases = GeneratedDatasets.Generate(folder.Path, cases: 3).AllCases.ToList();

        var storages = cases.Select(item => GeneratedDatasets.SpecOf(item).Acquisition.UnsignedPixels).ToList();

        Assert.Equal([false, true], storages.Distinct().Order());
        foreach (var item in cases)
        {
            AssertReadBack(item.ImagePath, GeneratedDatasets.SpecOf(item));
        }
    }

    private static void AssertReadBack(string series, SyntheticCaseSpec spec)
    {
        var result = new DicomSeriesReader().Read(series);

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
