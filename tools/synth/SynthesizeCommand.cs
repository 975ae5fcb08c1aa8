using System.Diagnostics;
using Experiments.Data.Synthetic;
using Microsoft.Extensions.Logging;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Experiments.Synth;

/// <summary>Generates a synthetic head-CT dataset with a progress bar and a summary.</summary>
public sealed class SynthesizeCommand : Command<SynthesizeSettings>
{
    public override int Execute(CommandContext context, SynthesizeSettings settings, CancellationToken cancellation)
    {
        using var logging = LoggerFactory.Create(
            builder => builder.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning));
        var generator = new SyntheticDatasetGenerator(logging.CreateLogger<SyntheticDatasetGenerator>());
        var options = new SyntheticDatasetOptions(settings.OutputFolder!, settings.Cases, settings.Seed,
            settings.EffectiveMatrix);
        if (Directory.Exists(options.OutputFolder) && Directory.EnumerateFileSystemEntries(options.OutputFolder).Any())
        {
            AnsiConsole.MarkupLineInterpolated(
                $"[red]--out '{options.OutputFolder}' is not empty; give a new or empty folder.[/]");
            return 1;
        }

        var clock = Stopwatch.StartNew();
        var expansions = 0;
        var dataset = AnsiConsole.Progress().Start(progress =>
        {
            var task = progress.AddTask("Generating cases", maxValue: settings.Cases);
            return generator.Generate(options, rendered =>
            {
                if (rendered.Expansion.Expansion)
                {
                    Interlocked.Increment(ref expansions);
                }

                task.Increment(1);
            });
        });

        var seconds = clock.Elapsed.TotalSeconds;
        var (training, validation, test) = (dataset.Training.Count, dataset.Validation.Count, dataset.Test.Count);
        AnsiConsole.MarkupLineInterpolated(
            $"Wrote {settings.Cases} cases ({expansions} with expansion) in {seconds:F1} s.");
        AnsiConsole.MarkupLineInterpolated($"Split: {training} training, {validation} validation, {test} test.");
        AnsiConsole.MarkupLineInterpolated($"Dataset file: {dataset.FilePath}");
        return 0;
    }
}
