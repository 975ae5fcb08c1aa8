using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using Experiments.Cli.Infrastructure;
using Experiments.Data.Preprocessing;
using Experiments.Plugins.Hosting;
using Experiments.Runner.Cases;
using Experiments.Runner.Setup;
using Experiments.Training.Models;
using Microsoft.Extensions.Logging;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Experiments.Cli.Commands;

/// <summary>
/// <c>experiments model</c>: the experiment's network layer by layer (output shape, parameters) for
/// the grid its preprocessing produces, with the total beside the published count.
/// </summary>
public sealed class ModelCommand(ILoggerFactory loggerFactory) : Command<ModelCommand.Settings>
{
    public sealed class Settings : ExperimentSettings
    {
        [CommandOption("--json")]
        [Description("Print the summary as JSON.")]
        public bool Json { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var prepared = new ExperimentSetup(loggerFactory).Prepare(settings.File, settings.Overrides).PreparedOrThrow();

        var pipeline = new PreprocessingPipeline(
            ExperimentParts.PipelineSteps(prepared), [DatasetCaseSource.HematomaMask], cacheFolder: null);
        if (pipeline.OutputShape.Size is not { } grid)
        {
            ErrorConsole.Instance.MarkupLine(
                "[red]error[/] the preprocessing does not fix the grid size (no resample to a matrix), " +
                "so the network's input shape is unknown.");
            return ExitCodes.InvalidInput;
        }

        var architecture = prepared.Components.Architecture;
        var summary = ModelSummarizer.Summarize(
            architecture.Build(inputChannels: 1), [1, 1, grid.Z, grid.Y, grid.X], architecture.ReferenceParameterCount);
        if (settings.Json)
        {
            AnsiConsole.Console.Profile.Out.Writer.WriteLine(JsonSerializer.Serialize(summary, JsonOptions));
            return ExitCodes.Success;
        }

        AnsiConsole.Write(Table(summary));
        AnsiConsole.MarkupLine(Total(summary));
        return ExitCodes.Success;
    }

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    private static Table Table(ModelSummary summary)
    {
        var table = new Table().Title($"Input {string.Join(" x ", summary.InputShape)}");
        table.AddColumns("module", "type", "output", "parameters");
        foreach (var row in summary.Layers.Where(row => !row.HasChildren))
        {
            table.AddRow(
                Markup.Escape(row.Name), Markup.Escape(row.Type), string.Join(" x ", row.OutputShape),
                row.Parameters.ToString("N0", CultureInfo.InvariantCulture));
        }

        return table;
    }

    private static string Total(ModelSummary summary)
    {
        var count = summary.TotalParameters.ToString("N0", CultureInfo.InvariantCulture);
        var total = $"Total parameters: [bold]{count}[/]";
        return summary.ReferenceParameters is { } reference
            ? total + $" (published: {reference.ToString("N0", CultureInfo.InvariantCulture)}, " +
              $"{summary.RelativeDifference!.Value.ToString("+0.0%;-0.0%", CultureInfo.InvariantCulture)})"
            : total;
    }
}
