using Experiments.Cli.Infrastructure;
using Experiments.Cli.Commands.Imaging;
using Experiments.Imaging;
using Experiments.Imaging.Dicom.Series;
using Experiments.Imaging.Nifti;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Experiments.Cli.Commands;

/// <summary>
/// <c>experiments convert DICOM_DIR OUT.nii.gz</c>: one DICOM series to a float32 NIfTI volume in HU.
/// </summary>
public sealed class ConvertCommand(IAnsiConsole console) : Command<ConvertSettings>
{
    public override int Execute(CommandContext context, ConvertSettings settings, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(settings.DicomFolder))
        {
            return CommandFailures.Usage(console, $"DICOM folder '{settings.DicomFolder}' does not exist.");
        }

        if (!settings.Output.EndsWith(".nii", StringComparison.OrdinalIgnoreCase) &&
            !settings.Output.EndsWith(".nii.gz", StringComparison.OrdinalIgnoreCase))
        {
            return CommandFailures.Usage(console, $"output '{settings.Output}' must end in .nii or .nii.gz.");
        }

        if (ParsePolicy(settings.UnevenSpacing) is not { } uneven)
        {
            return CommandFailures.Usage(console,
                $"--uneven-spacing is '{settings.UnevenSpacing}'; expected 'refuse' or 'resample'.");
        }

        if (ParsePolicy(settings.GantryTilt) is not { } tilt)
        {
            return CommandFailures.Usage(console,
                $"--gantry-tilt is '{settings.GantryTilt}'; expected 'refuse' or 'resample'.");
        }

        var options = new DicomSeriesOptions
        {
            SeriesInstanceUid = settings.SeriesInstanceUid, UnevenSpacing = uneven, GantryTilt = tilt,
        };
        return CommandFailures.Run(console, () =>
        {
            try
            {
                return Convert(settings, options);
            }
            catch (DicomSeriesException refused) when (refused.Issues.Count > 0)
            {
                console.MarkupLineInterpolated($"[red]error:[/] {refused.Message}");
                if (HintFor(refused.Issues) is { } hint)
                {
                    console.WriteLine(hint);
                }

                return ExitCodes.RunFailed;
            }
        });
    }

    private static string? HintFor(IReadOnlyList<SeriesIssue> issues)
    {
        var kinds = issues.Select(i => i.Kind).ToHashSet();
        if (kinds.Contains(SeriesIssueKind.DuplicatePosition))
        {
            return "Slices at the same position cannot be resampled; pick one series with --series <UID>.";
        }

        var flags = new List<string>();
        if (kinds.Contains(SeriesIssueKind.UnevenSpacing) || kinds.Contains(SeriesIssueKind.MissingSlices))
        {
            flags.Add("--uneven-spacing resample");
        }

        if (kinds.Contains(SeriesIssueKind.GantryTilt))
        {
            flags.Add("--gantry-tilt resample");
        }

        return flags.Count == 0
            ? null
            : $"To convert it anyway onto a regular grid, add {string.Join(" and ", flags)}.";
    }

    private int Convert(ConvertSettings settings, DicomSeriesOptions options)
    {
        var warnings = new WarningCollector<DicomSeriesReader>();
        var result = console.Status().Start("Reading the DICOM series", status =>
        {
            var read = new DicomSeriesReader(warnings).Read(settings.DicomFolder, options);
            status.Status($"Writing {settings.Output}");
            NiftiWriter.Write(read.Volume, settings.Output);
            return read;
        });

        foreach (var warning in warnings.Warnings)
        {
            console.MarkupLineInterpolated($"[yellow]warning:[/] {warning}");
        }

        var (volume, series) = result;
        var statistics = VolumeStatistics.Of(volume);
        var corrections = DicomSeriesInspector.SpacingOf(series).Corrections;
        var slices = $"{series.SliceCount} slices -> {volume.Size} voxels";
        console.MarkupLineInterpolated($"Wrote [green]{settings.Output}[/]: series {series.SeriesLabel}, {slices}");
        var correctionText = corrections.Count == 0 ? "none" : string.Join(", ", corrections);
        var range = FormattableString.Invariant($"HU {statistics.Min:0.##} to {statistics.Max:0.##}");
        console.WriteLine($"spacing {volume.Geometry.Spacing} mm, {range}, corrections: {correctionText}");
        return ExitCodes.Success;
    }

    private static SliceGridPolicy? ParsePolicy(string value) => value.ToLowerInvariant() switch
    {
        "refuse" => SliceGridPolicy.Refuse,
        "resample" => SliceGridPolicy.Resample,
        _ => null,
    };
}
