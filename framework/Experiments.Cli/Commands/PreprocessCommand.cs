using Experiments.Cli.Infrastructure;
using Experiments.Data.Datasets;
using Experiments.Data.Preprocessing;
using Experiments.Plugins.Hosting;
using Experiments.Runner.Cases;
using Experiments.Runner.Setup;
using Microsoft.Extensions.Logging;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Experiments.Cli.Commands;

/// <summary>
/// <c>experiments preprocess</c>: fills the preprocessing cache for every case of the dataset
/// (training, validation and test) ahead of training, in parallel with a progress bar.
/// </summary>
public sealed class PreprocessCommand(ILoggerFactory loggerFactory) : AsyncCommand<ExperimentSettings>
{
    public override async Task<int> ExecuteAsync(
        CommandContext context, ExperimentSettings settings, CancellationToken cancellationToken)
    {
        var prepared = new ExperimentSetup(loggerFactory).Prepare(settings.File, settings.Overrides).PreparedOrThrow();

        var data = prepared.Experiment.Config.Data;
        SyntheticDataset.WriteIfMissing(data, loggerFactory);
        var sources = DatasetLoader.Load(data.Dataset).AllCases
            .Select(c => new DatasetCaseSource(c, loggerFactory))
            .ToList();
        var pipeline = new PreprocessingPipeline(
            ExperimentParts.PipelineSteps(prepared), [DatasetCaseSource.HematomaMask], data.Cache,
            loggerFactory.CreateLogger<PreprocessingPipeline>());
        var summary = await AnsiConsole.Progress().StartAsync(async progress =>
        {
            var task = progress.AddTask("Preprocessing", maxValue: sources.Count);
            var report = new Progress<PreprocessingProgress>(done => task.Value = done.Completed);
            return await pipeline.RunAsync(sources, report, cancellationToken);
        });

        AnsiConsole.MarkupLineInterpolated(
            $"{summary.CacheHits} cases from the cache, {summary.Computed} computed, {summary.Failures.Count} failed.");
        foreach (var failure in summary.Failures)
        {
            ErrorConsole.Instance.MarkupLineInterpolated($"[red]failed[/] {failure.Message}");
        }

        return summary.Failures.Count == 0 ? ExitCodes.Success : ExitCodes.RunFailed;
    }
}
