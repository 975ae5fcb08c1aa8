using Experiments.Training.Evaluation;
using Spectre.Console;

namespace Experiments.Cli.Commands;

/// <summary>The headline numbers of an evaluation report as a console table.</summary>
public static class EvaluationTable
{
    public static Table Of(EvaluationReport report)
    {
        var table = new Table().AddColumns("Metric", "Value");
        foreach (var segmentation in report.Segmentation)
        {
            var cases = segmentation.DicePerCase.Count;
            table.AddRow($"{segmentation.Task}: mean Dice ({cases} cases)", $"{segmentation.MeanDice:0.000}");
        }

        foreach (var classification in report.Classification)
        {
            var task = classification.Task;
            var atHalf = classification.AtFixedThreshold;
            table.AddRow($"{task}: AUC", classification.Roc.Auc.ToString());
            if (classification.Baseline is { } baseline)
            {
                table.AddRow($"{task}: baseline AUC", baseline.Auc.ToString());
            }

            table.AddRow($"{task}: prevalence", $"{classification.Prevalence:P1}");
            AddDecision(table, $"{task}, threshold {atHalf.Threshold}", atHalf);
            if (classification.AtYoudenThreshold is { } youden)
            {
                AddDecision(table, $"{task}, Youden threshold {youden.Threshold:0.###}", youden);
            }
        }

        return table;
    }

    private static void AddDecision(Table table, string label, ThresholdMetrics metrics)
    {
        table.AddRow($"{label}: sensitivity / specificity", $"{metrics.Sensitivity} / {metrics.Specificity}");
        table.AddRow($"{label}: LR+ / LR-", $"{metrics.PositiveLikelihoodRatio} / {metrics.NegativeLikelihoodRatio}");
    }
}
