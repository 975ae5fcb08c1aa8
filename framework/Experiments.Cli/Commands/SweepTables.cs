using System.Globalization;
using Experiments.Runner.Sweeps;
using Experiments.Sweeps.Summary;
using Spectre.Console;

namespace Experiments.Cli.Commands;

/// <summary>The sweep's plan and its summary as console tables.</summary>
public static class SweepTables
{
    public static Table Plan(PreparedSweep sweep)
    {
        var table = new Table().Title($"Sweep '{Markup.Escape(sweep.Plan.Name)}': {sweep.Trials.Count} trials");
        table.AddColumns("trial", "name", "settings", "config hash");
        foreach (var planned in sweep.Trials)
        {
            table.AddRow(
                planned.Trial.Index.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(planned.Trial.Name),
                Markup.Escape(string.Join(" ", planned.Trial.CommandLineSettings)),
                planned.Hash);
        }

        return table;
    }

    public static Table Summary(string name, IReadOnlyList<TrialSummary> rows)
    {
        var table = new Table().Title($"Sweep '{Markup.Escape(name)}': results");
        table.AddColumns("trial", "name", "status", "best val Dice", "best val AUC");
        foreach (var row in rows)
        {
            table.AddRow(
                row.Index.ToString(CultureInfo.InvariantCulture), Markup.Escape(row.Name), row.Status,
                Format(row.BestDice), Format(row.BestAuc));
        }

        return table;
    }

    private static string Format(double? value) =>
        value?.ToString("0.000", CultureInfo.InvariantCulture) ?? "-";
}
