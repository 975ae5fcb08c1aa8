using System.Globalization;
using System.Text;
using Experiments.Runner.Sweeps;
using Experiments.Sweeps.Running;
using Experiments.Sweeps.Summary;
using Experiments.Sweeps.Tracking;
using Experiments.Tracking;
using Experiments.Tracking.Model;
using Spectre.Console;

namespace Experiments.Cli.Commands;

/// <summary>
/// The end of a sweep: the summary table (settings, best validation Dice and AUC per trial), a
/// CSV and a comparison plot logged to the parent run, and the parent marked finished when every
/// trial is.
/// </summary>
public sealed class SweepReport(ITrackingStore store, TrackingSweepLedger ledger)
{
    public async Task WriteAsync(
        PreparedSweep sweep, string parent, string work, IReadOnlyList<TrialResult> results,
        CancellationToken cancellation)
    {
        var runs = await ledger.TrialRunsAsync(parent, cancellation);
        var rows = await new SweepSummaryBuilder(store).BuildAsync(sweep.Trials, runs, cancellation);
        AnsiConsole.Write(SweepTables.Summary(sweep.Plan.Name, rows));

        Directory.CreateDirectory(work);
        var csv = Path.Combine(work, "summary.csv");
        await File.WriteAllTextAsync(csv, ToCsv(rows), cancellation);
        var plot = Path.Combine(work, "comparison.png");
        SweepComparisonPlot.Save(rows, $"Sweep {sweep.Plan.Name}", plot);
        await store.UploadArtifactAsync(parent, csv, "sweep/summary.csv", cancellation);
        await store.UploadArtifactAsync(parent, plot, "sweep/comparison.png", cancellation);

        var allDone = results.All(r => r.Outcome is TrialOutcome.Finished or TrialOutcome.SkippedAlreadyFinished);
        await store.UpdateRunAsync(parent, allDone ? RunStatus.Finished : RunStatus.Failed,
            DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(), cancellation);
        AnsiConsole.MarkupLineInterpolated(
            $"Summary and comparison plot in [bold]{work}[/] and on parent run {parent}.");
    }

    private static string ToCsv(IReadOnlyList<TrialSummary> rows)
    {
        var text = new StringBuilder("trial,name,settings,status,best_val_dice,best_val_auc\n");
        foreach (var row in rows)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"{row.Index},\"{row.Name}\",\"{row.Settings}\",{row.Status},{row.BestDice},{row.BestAuc}\n");
        }

        return text.ToString();
    }
}
