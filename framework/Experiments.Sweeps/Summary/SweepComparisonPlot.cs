using ScottPlot;

namespace Experiments.Sweeps.Summary;

/// <summary>A bar chart of each trial's best validation Dice and AUC, for the sweep's parent run.</summary>
public static class SweepComparisonPlot
{
    public static void Save(IReadOnlyList<TrialSummary> rows, string title, string path)
    {
        var plot = new Plot();
        var bars = new List<Bar>();
        for (var i = 0; i < rows.Count; i++)
        {
            bars.Add(new Bar { Position = i * 3, Value = rows[i].BestDice ?? 0, FillColor = Colors.SteelBlue });
            bars.Add(new Bar { Position = i * 3 + 1, Value = rows[i].BestAuc ?? 0, FillColor = Colors.DarkOrange });
        }

        plot.Add.Bars(bars);
        var ticks = rows.Select((row, i) => new Tick(i * 3 + 0.5, $"{row.Index}: {row.Name}")).ToArray();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks);
        plot.Axes.Bottom.TickLabelStyle.Rotation = 30;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleLeft;
        plot.Axes.SetLimitsY(0, 1);
        plot.Legend.ManualItems.Add(
            new LegendItem { LabelText = "best validation Dice", FillColor = Colors.SteelBlue });
        plot.Legend.ManualItems.Add(
            new LegendItem { LabelText = "best validation AUC", FillColor = Colors.DarkOrange });
        plot.ShowLegend(Alignment.UpperRight);
        plot.Title(title);
        plot.SavePng(path, Math.Max(640, rows.Count * 90), 560);
    }
}
