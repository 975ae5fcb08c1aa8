using Experiments.Imaging.Geometry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Experiments.Imaging.Dicom.Series;

/// <summary>
/// Reads a folder of DICOM slices as one Hounsfield-unit volume: chooses the series, sorts its
/// slices along the normal, checks spacing and tilt, and refuses or resamples per the options.
/// Logs series UIDs, counts and geometry; never patient identifiers.
/// </summary>
public sealed class DicomSeriesReader
{
    private const int LoggedIssuesPerKind = 2;

    private readonly ILogger _logger;

    public DicomSeriesReader(ILogger<DicomSeriesReader>? logger = null)
    {
        _logger = logger ?? NullLogger<DicomSeriesReader>.Instance;
    }

    /// <summary>The report of the series <see cref="Read"/> would read, from headers alone (no decoding).</summary>
    public SeriesReport Inspect(string folder, DicomSeriesOptions? options = null)
    {
        options ??= new DicomSeriesOptions();
        var scan = DicomFolderScanner.Scan(folder);
        var chosen = SeriesSelector.Select(scan, options.SeriesInstanceUid);
        var stack = new SliceStack(chosen.Slices);
        return BuildReport(scan, chosen, stack, SliceStackInspector.Inspect(stack, options));
    }

    public DicomSeriesResult Read(string folder, DicomSeriesOptions? options = null)
    {
        options ??= new DicomSeriesOptions();
        var scan = DicomFolderScanner.Scan(folder);
        var chosen = SeriesSelector.Select(scan, options.SeriesInstanceUid);
        var stack = new SliceStack(chosen.Slices);
        var report = BuildReport(scan, chosen, stack, SliceStackInspector.Inspect(stack, options));
        LogScan(report);
        var corrections = RequiredCorrections(report, options);

        var voxels = SliceStackLoader.Load(stack);
        var grid = StackGrid(stack);
        float? fill = null;
        if (corrections.HasFlag(SeriesCorrections.GantryTiltCorrected))
        {
            fill = voxels.Min();
            voxels = SliceResampler.CorrectTilt(voxels, stack, fill.Value, out var size, out var origin);
            var meanGap = stack.Gaps.Average();
            grid = grid with
            {
                Size = size, Origin = origin, Slice = stack.Normal, Spacing = grid.Spacing with { Z = meanGap },
            };
        }

        if (corrections.HasFlag(SeriesCorrections.SpacingEqualized))
        {
            var sliceLength = grid.Size.X * grid.Size.Y;
            voxels = SliceResampler.Equalize(voxels, stack.PositionsAlongNormal, sliceLength, report.NominalSpacing,
                out var count);
            grid = grid with
            {
                Size = grid.Size with { Z = count },
                Slice = stack.Normal,
                Spacing = grid.Spacing with { Z = report.NominalSpacing },
            };
        }

        report = report with { Corrections = corrections, FillValue = fill };
        if (corrections != SeriesCorrections.None)
        {
            _logger.LogWarning("Resampled series {Series} ({Corrections}) to {Size} voxels at {Spacing} mm",
                report.SeriesLabel, corrections, grid.Size, grid.Spacing);
        }

        return new DicomSeriesResult(new Volume(grid.Size, grid.ToRasGeometry(), voxels), report);
    }

    private SeriesCorrections RequiredCorrections(SeriesReport report, DicomSeriesOptions options)
    {
        var duplicates = report.Issues.Where(i => i.Kind == SeriesIssueKind.DuplicatePosition).ToList();
        if (duplicates.Count > 0)
        {
            throw new DicomSeriesException(report.Folder, "slices share a position along the normal, so the series " +
                "cannot be one volume: " + string.Join("; ", duplicates), duplicates);
        }

        var corrections = SeriesCorrections.None;
        var spacing = report.Issues
            .Where(i => i.Kind is SeriesIssueKind.UnevenSpacing or SeriesIssueKind.MissingSlices).ToList();
        if (spacing.Count > 0)
        {
            RefuseUnless(options.UnevenSpacing, report, spacing, "UnevenSpacing");
            corrections |= SeriesCorrections.SpacingEqualized;
        }

        var tilt = report.Issues.Where(i => i.Kind == SeriesIssueKind.GantryTilt).ToList();
        if (tilt.Count > 0)
        {
            RefuseUnless(options.GantryTilt, report, tilt, "GantryTilt");
            corrections |= SeriesCorrections.GantryTiltCorrected;
        }

        return corrections;
    }

    private static void RefuseUnless(
        SliceGridPolicy policy, SeriesReport report, List<SeriesIssue> issues, string optionName)
    {
        if (policy == SliceGridPolicy.Refuse)
        {
            throw new DicomSeriesException(report.Folder, $"series {report.SeriesLabel} is not a regular grid: " +
                string.Join("; ", issues) + $". Set {optionName} to {SliceGridPolicy.Resample} to resample it.",
                issues);
        }
    }

    private static LpsGrid StackGrid(SliceStack stack)
    {
        var first = stack.First;
        var step = stack.Slices.Count < 2 ? 1 : stack.MeanStep;
        return new LpsGrid(
            new GridSize(first.Columns, first.Rows, stack.Slices.Count),
            new Vector3D(first.ColumnSpacing, first.RowSpacing, step),
            first.Position,
            first.RowDirection,
            first.ColumnDirection,
            stack.StackDirection);
    }

    private static SeriesReport BuildReport(
        FolderScan scan, SeriesGroup chosen, SliceStack stack, List<SeriesIssue> issues) =>
        new()
        {
            Folder = scan.Folder,
            SeriesLabel = chosen.Label,
            Modality = chosen.Modality,
            Files = [.. stack.Slices.Select(s => s.Path)],
            InstanceNumbers = [.. stack.Slices.Select(s => s.InstanceNumber)],
            PositionsAlongNormal = stack.PositionsAlongNormal,
            Spacings = stack.Gaps,
            NominalSpacing = stack.NominalSpacing,
            TiltDegrees = stack.TiltDegrees,
            StackLpsAffine = stack.LpsAffine(),
            Issues = issues,
            SkippedFiles = scan.Skipped,
            OtherSeries = [.. scan.Series.Where(s => s != chosen)
                .Select(s => new SeriesSummary(s.Label, s.Modality, s.Slices.Count))],
        };

    private void LogScan(SeriesReport report)
    {
        _logger.LogDebug("Reading series {Series} ({Modality}) with {Slices} slices from {Folder}",
            report.SeriesLabel, report.Modality, report.SliceCount, report.Folder);
        foreach (var other in report.OtherSeries)
        {
            _logger.LogInformation("Not reading series {Series} ({Modality}, {Slices} slices) found in the same folder",
                other.Label, other.Modality, other.SliceCount);
        }

        foreach (var skipped in report.SkippedFiles)
        {
            _logger.LogWarning("Skipped {File}: {Reason}", skipped.Path, skipped.Reason);
        }

        // A series with a change of slice spacing halfway has a dozen identical gap issues; the log
        // keeps the first of each kind and counts the rest, the report keeps them all.
        foreach (var kind in report.Issues.GroupBy(issue => issue.Kind))
        {
            var issues = kind.ToList();
            foreach (var issue in issues.Take(LoggedIssuesPerKind))
            {
                _logger.LogWarning("Series {Series}: {Issue}", report.SeriesLabel, issue);
            }

            if (issues.Count > LoggedIssuesPerKind)
            {
                _logger.LogWarning(
                    "Series {Series}: {Count} more {Kind} issues; experiments inspect {Folder} lists them all",
                    report.SeriesLabel, issues.Count - LoggedIssuesPerKind, kind.Key, report.Folder);
            }
        }
    }
}
