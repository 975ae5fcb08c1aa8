using System.Globalization;
using Experiments.Training.Evaluation;
using ScottPlot;

namespace Experiments.Training.Plots;

/// <summary>The ROC curve of a task as a PNG, with the baseline score's curve beside it when there is one.</summary>
public static class RocPlot
{
    public static void Save(ClassificationReport report, string path, string baselineName = "baseline")
    {
        if (!report.Roc.IsDefined)
        {
            throw new InvalidOperationException(
                $"Task '{report.Task}' has no ROC curve to plot: {report.Roc.Auc.Reason}.");
        }

        var plot = new Plot();
        AddCurve(plot, report.Roc, "network");
        if (report.Baseline is { IsDefined: true } baseline)
        {
            AddCurve(plot, baseline, baselineName);
        }

        var chance = plot.Add.Line(0, 0, 1, 1);
        chance.LinePattern = LinePattern.Dashed;
        chance.Color = Colors.Gray;
        plot.Title($"ROC: {report.Task} ({report.Cases} cases, prevalence {report.Prevalence:P0})");
        plot.XLabel("1 - specificity");
        plot.YLabel("sensitivity");
        plot.Axes.SetLimits(0, 1, 0, 1);
        plot.ShowLegend(Alignment.LowerRight);
        plot.SavePng(path, 640, 600);
    }

    private static void AddCurve(Plot plot, RocCurve curve, string name)
    {
        var line = plot.Add.ScatterLine(curve.FalsePositiveRates.ToArray(), curve.TruePositiveRates.ToArray());
        var auc = curve.Auc.Value!.Value.ToString("0.000", CultureInfo.InvariantCulture);
        line.LegendText = $"{name} (AUC {auc})";
        line.LineWidth = 2;
    }
}
