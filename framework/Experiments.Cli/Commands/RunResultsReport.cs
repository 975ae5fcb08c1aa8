using System.Globalization;
using Experiments.Configuration.Schema;
using Experiments.Runner.Tracking;
using Experiments.Tracking.Configuration;
using Spectre.Console;

namespace Experiments.Cli.Commands;

/// <summary>
/// What a finished run prints: the evaluation metrics of its best checkpoint, where its outputs are,
/// and how to look at the tracked run (the MLflow UI on the file store, or a push to a server).
/// </summary>
public static class RunResultsReport
{
    public static void Write(IAnsiConsole console, ExperimentConfig config, IReadOnlyDictionary<string, double> metrics)
    {
        var table = new Table().AddColumns("Best checkpoint on the validation cases", "Value");
        foreach (var (key, value) in metrics)
        {
            table.AddRow(Markup.Escape(key), value.ToString("0.000", CultureInfo.InvariantCulture));
        }

        console.Write(table);
        var output = Shown(config.Training.Checkpointing.Folder);
        var scans = config.Evaluation.PredictScans.Count > 0
            ? ", scans/ (predictions on evaluation.predict_scans)"
            : "";
        const string Folders = "checkpoints/best, evaluation/ (report, ROC plot), predictions/ (masks)";
        console.MarkupLineInterpolated($"Outputs in [bold]{output}[/]: {Folders}{scans}");

        var target = TrackingTargetResolver.FromProcess().Resolve(ExperimentTrackingSettings.For(config));
        if (target.Kind == TrackingTargetKind.Server)
        {
            console.MarkupLineInterpolated(
                $"Tracked in MLflow experiment '{target.ExperimentName}' at [bold]{target.Display}[/]; open it there.");
            return;
        }

        var store = Shown(target.Display);
        console.MarkupLineInterpolated(
            $"Tracked in MLflow experiment '{target.ExperimentName}' in [bold]{store}[/]. See it with");
        console.MarkupLineInterpolated($"  MLFLOW_ALLOW_FILE_STORE=true mlflow ui --backend-store-uri {store}");
        console.MarkupLineInterpolated($"or push it to an MLflow server with");
        console.MarkupLineInterpolated($"  experiments mlflow sync {store} --to http://HOST:5000");
    }

    /// <summary>A path relative to the working directory when it lies inside it, else absolute.</summary>
    private static string Shown(string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? full
            : "./" + relative;
    }
}
