using Experiments.Imaging;
using Experiments.Imaging.Dicom;
using Experiments.Imaging.Dicom.Parsing;
using Experiments.Imaging.Dicom.Series;

namespace Experiments.Cli.Commands.Imaging;

/// <summary>
/// Builds the inspection report of a DICOM folder: the series the reader would take, read with
/// both irregularity policies set to resample (the report says which corrections that needed).
/// </summary>
public static class DicomSeriesInspector
{
    public static InspectionReport Inspect(string folder, bool showIdentifiers)
    {
        var warnings = new WarningCollector<DicomSeriesReader>();
        var options = new DicomSeriesOptions
        {
            UnevenSpacing = SliceGridPolicy.Resample, GantryTilt = SliceGridPolicy.Resample,
        };
        var (volume, series) = new DicomSeriesReader(warnings).Read(folder, options);
        var geometry = GeometryDescription.Of(volume.Geometry);
        return new InspectionReport
        {
            Path = folder,
            Format = "dicom-series",
            Datatype = null,
            Shape = [volume.Size.X, volume.Size.Y, volume.Size.Z],
            Spacing = geometry.Spacing,
            Origin = geometry.Origin,
            Direction = geometry.Direction,
            Affine = geometry.Affine,
            Orientation = geometry.Orientation,
            AffineSource = "dicom",
            Statistics = ValueStatistics.From(VolumeStatistics.Of(volume)),
            SliceSpacing = SpacingOf(series),
            Identifiers = showIdentifiers ? IdentifiersOf(series.Files[0]) : null,
            Warnings = warnings.Warnings,
        };
    }

    public static SliceSpacingReport SpacingOf(SeriesReport series) => new(
        series.SliceCount,
        series.MinSpacing,
        series.MaxSpacing,
        series.MeanSpacing,
        series.NominalSpacing,
        series.TiltDegrees,
        series.Spacings,
        [.. series.Issues.Select(i => i.ToString())],
        CorrectionNames(series.Corrections),
        [.. series.SkippedFiles.Select(s => $"{s.Path}: {s.Reason}")],
        [.. series.OtherSeries.Select(s => $"{s.Label} ({s.Modality ?? "no modality"}, {s.SliceCount} slices)")]);

    private static string[] CorrectionNames(SeriesCorrections corrections) =>
        Enum.GetValues<SeriesCorrections>()
            .Where(c => c != SeriesCorrections.None && corrections.HasFlag(c))
            .Select(c => c.ToString())
            .ToArray();

    private static Dictionary<string, string> IdentifiersOf(string firstSlice)
    {
        var dataset = DicomFile.Read(firstSlice).Dataset;
        return new Dictionary<string, string>
        {
            ["patient_name"] = dataset.GetText(DicomTags.PatientName) ?? "",
            ["patient_id"] = dataset.GetText(DicomTags.PatientId) ?? "",
            ["patient_birth_date"] = dataset.GetText(DicomTags.PatientBirthDate) ?? "",
        };
    }
}
