using Experiments.Cli.Infrastructure;
using Experiments.Contracts.Preprocessing;
using Experiments.Data.Datasets;
using Experiments.Data.Labels;
using Experiments.Imaging.Nifti;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Experiments.Cli.Commands;

/// <summary>
/// Computes baseline and 24 h hematoma volumes (mL) and the paper's expansion label (growth
/// >= 6 mL or >= 33 %) for every mask pair, writes them as CSV and reports cases that fail.
/// </summary>
public sealed class ExpansionLabelsCommand(IAnsiConsole console) : Command<ExpansionLabelsSettings>
{
    public override int Execute(
        CommandContext context, ExpansionLabelsSettings settings, CancellationToken cancellation)
    {
        if (!File.Exists(settings.Source) && !Directory.Exists(settings.Source))
        {
            return CommandFailures.Usage(console, $"'{settings.Source}' is neither a dataset file nor a folder.");
        }

        return CommandFailures.Run(console, () =>
        {
            var inputs = LoadInputs(settings.Source);
            var (rows, failures) = Measure(inputs, cancellation);
            ExpansionLabelCsv.Write(settings.Output!, rows);
            Report(rows, failures, settings.Output!);
            return failures.Count == 0 ? ExitCodes.Success : ExitCodes.RunFailed;
        });
    }

    private (List<ExpansionLabelRow> Rows, List<string> Failures) Measure(
        IReadOnlyList<ExpansionLabelInput> inputs, CancellationToken cancellation)
    {
        var calculator = new ExpansionLabelCalculator(new NiftiReader());
        var rows = new List<ExpansionLabelRow>();
        var failures = new List<string>();
        console.Progress().Start(progress =>
        {
            var task = progress.AddTask("Measuring hematoma volumes", maxValue: inputs.Count);
            foreach (var input in inputs)
            {
                cancellation.ThrowIfCancellationRequested();
                try
                {
                    rows.Add(calculator.Compute(input));
                }
                catch (Exception error) when (error is CaseException or IOException)
                {
                    failures.Add($"{input.Id}: {error.Message}");
                }

                task.Increment(1);
            }
        });
        return (rows, failures);
    }

    private IReadOnlyList<ExpansionLabelInput> LoadInputs(string source)
    {
        if (Directory.Exists(source))
        {
            return ExpansionLabelSources.FromFolder(source);
        }

        var (inputs, skipped) = ExpansionLabelSources.FromDataset(DatasetLoader.Load(source));
        if (skipped.Count > 0)
        {
            var ids = string.Join(", ", skipped);
            console.MarkupLineInterpolated(
                $"[yellow]{skipped.Count} case(s) have no followup_hematoma and are left out: {ids}[/]");
        }

        return inputs;
    }

    private void Report(List<ExpansionLabelRow> rows, List<string> failures, string output)
    {
        var expansions = rows.Count(row => row.Assessment.Expansion);
        console.MarkupLineInterpolated($"Wrote {rows.Count} case(s), {expansions} with expansion, to {output}.");
        foreach (var row in rows.Where(row => row.DisagreesWithRecord))
        {
            var (recorded, computed) = (row.RecordedLabel!.Value ? 1 : 0, row.Assessment.Expansion ? 1 : 0);
            console.MarkupLineInterpolated(
                $"[yellow]{row.Id}: the dataset records expansion {recorded}, the masks give {computed}.[/]");
        }

        foreach (var failure in failures)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {failure}");
        }
    }
}
