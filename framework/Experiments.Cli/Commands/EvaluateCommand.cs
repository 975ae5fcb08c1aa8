using System.ComponentModel;
using Experiments.Training.Evaluation;
using Microsoft.Extensions.Logging;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Experiments.Cli.Commands;

/// <summary><c>experiments evaluate</c>: the evaluation metrics of a saved checkpoint on one data split.</summary>
public sealed class EvaluateCommand(IEvaluationInputsLoader loader, ILoggerFactory loggerFactory)
    : Command<EvaluateCommand.Settings>
{
    public sealed class Settings : CommonSettings
    {
        [CommandArgument(0, "<experiment>")]
        [Description("The experiment YAML file the checkpoint was trained with.")]
        public string Experiment { get; init; } = "";

        [CommandOption("--checkpoint <folder>")]
        [Description("A checkpoint folder: <run>/checkpoints/best or <run>/checkpoints/last.")]
        public string Checkpoint { get; init; } = "";

        [CommandOption("--split <name>")]
        [Description("The data split to evaluate.")]
        [DefaultValue("test")]
        public string Split { get; init; } = "test";

        [CommandOption("--output <folder>")]
        [Description("Where the report, ROC plots and masks go (default: <run>/evaluation-<set>).")]
        public string? Output { get; init; }

        public override ValidationResult Validate()
        {
            if (!File.Exists(Experiment))
            {
                return ValidationResult.Error($"The experiment file '{Experiment}' does not exist.");
            }

            return Directory.Exists(Checkpoint)
                ? ValidationResult.Success()
                : ValidationResult.Error($"--checkpoint '{Checkpoint}' is not a folder; pass <run>/checkpoints/best.");
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var runFolder = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetFullPath(settings.Checkpoint))!)!;
        var output = settings.Output ?? Path.Combine(runFolder, $"evaluation-{settings.Split}");
        var inputs = loader.Load(settings.Experiment, settings.Split);
        var run = new EvaluationRun(loggerFactory.CreateLogger<EvaluationRun>());
        var outcome = AnsiConsole.Status().Start(
            $"Evaluating {inputs.Cases.Count} {settings.Split} cases",
            _ => run.Run(inputs, settings.Checkpoint, output));
        AnsiConsole.Write(EvaluationTable.Of(outcome.Report));
        AnsiConsole.MarkupLineInterpolated($"Report and plots in [bold]{output}[/]");
        return 0;
    }
}
