using Experiments.Imaging;
using Experiments.Imaging.Dicom.Series;
using Experiments.Imaging.Dicom.Writing;
using Experiments.Imaging.Geometry;
using Experiments.Imaging.Resampling;

namespace Experiments.Bench.Preprocessing;

/// <summary>
/// The benchmark's input: the real GE head CT (28 tilted, unevenly spaced slices, both corrected by
/// the reader)
/// resampled to 512 x 512 x 32 slices spanning the same extent and written as a DICOM series.
/// </summary>
internal static class BenchmarkSeries
{
    public static string Write(string sourceFolder, string targetFolder)
    {
        var options = new DicomSeriesOptions
        {
            GantryTilt = SliceGridPolicy.Resample, UnevenSpacing = SliceGridPolicy.Resample,
        };
        var source = new DicomSeriesReader().Read(sourceFolder, options).Volume;
        var g = source.Geometry;
        var extent = g.Spacing.Z * (source.Size.Z - 1);
        var size = new GridSize(512, 512, 32);
        var spacing = new Vector3D(g.Spacing.X * (source.Size.X - 1) / 511, g.Spacing.Y * (source.Size.Y - 1) / 511,
            extent / 31);
        var geometry = g with { Spacing = spacing };
        var volume = VolumeResampler.Resample(source, size, geometry, Interpolation.Linear, -1024);
        if (Directory.Exists(targetFolder))
        {
            Directory.Delete(targetFolder, recursive: true);
        }

        DicomSeriesWriter.Write(targetFolder, volume, new CtSeriesDescription { UidSeed = "bench-preprocessing" });
        return targetFolder;
    }
}
