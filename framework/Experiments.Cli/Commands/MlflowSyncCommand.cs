using System.ComponentModel;
using Experiments.Tracking;
using Experiments.Tracking.Configuration;
using Experiments.Tracking.FileStore;
using Experiments.Tracking.Sync;
using Microsoft.Extensions.Logging;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Experiments.Cli.Commands;

/// <summary>
/// <c>experiments mlflow sync SOURCE --to URI</c>: pushes runs from a local <c>./mlruns</c> store, or the
/// calls waiting in a spool folder, to an MLflow server. Safe to run again: nothing is duplicated.
/// Exit codes: 0 done, 1 the server failed or calls are still pending, 2 bad arguments or settings.
/// </summary>
public sealed class MlflowSyncCommand : AsyncCommand<MlflowSyncCommand.Settings>
{
    public sealed class Settings : CommonSettings
    {
        [CommandArgument(0, "<SOURCE>")]
        [Description("A local MLflow file store (./mlruns) or a tracker spool folder")]
        public string Source { get; init; } = "";

        [CommandOption("--to <URI>")]
        [Description("The MLflow server, http(s)://host:port; credentials come from MLFLOW_TRACKING_* variables")]
        public string? To { get; init; }
    }

    public override async Task<int> ExecuteAsync(
        CommandContext context, Settings settings, CancellationToken cancellation)
    {
        if (FindProblem(settings) is { } problem)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]{problem}[/]");
            return 2;
        }

        try
        {
            var target = TrackingTargetResolver.FromProcess().Resolve(new TrackingSettings { Uri = settings.To });
            using var loggers = LoggerFactory.Create(builder =>
                builder.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning));
            var store = TrackingStoreFactory.Open(target, new TrackingSettings(), loggers);
            var synchronizer = new RunSynchronizer(store, loggers.CreateLogger<RunSynchronizer>());
            var report = await AnsiConsole.Status().StartAsync($"Syncing {settings.Source} to {target.Display}", _ =>
                RunSynchronizer.IsSpoolFolder(settings.Source)
                    ? synchronizer.SyncSpoolAsync(settings.Source, cancellation)
                    : synchronizer.SyncFileStoreAsync(new FileTrackingStore(settings.Source), cancellation));
            Print(report);
            return report.JournalsPending > 0 ? 1 : 0;
        }
        catch (TrackingConfigurationException error)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]{error.Message}[/]");
            return 2;
        }
        catch (Exception error) when (error is TrackingException or TrackingUnavailableException
                                          or NotSupportedException or IOException or UnauthorizedAccessException)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]Sync failed: {error.Message}[/]");
            AnsiConsole.WriteLine("Runs already pushed are kept; run the same command again to finish.");
            return 1;
        }
    }

    private static string? FindProblem(Settings settings)
    {
        if (string.IsNullOrWhiteSpace(settings.To))
        {
            return "--to is required: the MLflow server to push to, e.g. --to http://127.0.0.1:5000";
        }

        if (!settings.To.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            && !settings.To.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            return $"--to '{settings.To}' is not a server address; expected http:// or https://";
        }

        if (!Directory.Exists(settings.Source))
        {
            return $"SOURCE '{settings.Source}' does not exist; expected an ./mlruns folder or a spool folder.";
        }

        var isStore = Directory.EnumerateDirectories(settings.Source)
            .Any(folder => File.Exists(Path.Combine(folder, FileStoreLayout.MetaFile)));
        return isStore || RunSynchronizer.IsSpoolFolder(settings.Source)
            ? null
            : $"SOURCE '{settings.Source}' holds neither MLflow experiments (<id>/meta.yaml) nor spool journals " +
              "(*.journal).";
    }

    private static void Print(SyncReport report)
    {
        var table = new Table().AddColumns("", "count");
        table.AddRow("runs created", report.RunsCreated.ToString());
        table.AddRow("runs completed", report.RunsCompleted.ToString());
        table.AddRow("runs already up to date", report.RunsUnchanged.ToString());
        table.AddRow("metric points sent", report.MetricPointsSent.ToString());
        table.AddRow("artifacts uploaded", report.ArtifactsUploaded.ToString());
        table.AddRow("journals replayed", report.JournalsReplayed.ToString());
        table.AddRow("journals still pending", report.JournalsPending.ToString());
        AnsiConsole.Write(table);
    }
}
