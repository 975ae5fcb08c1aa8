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
            table.AddRow($"{segmentation.Task}: mean Dice ({segmentation.DicePerCase.Count} cases)", $"{segmentation.MeanDice:0.000}");
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
            table.AddRow($"{task}: sensitivity / specificity at {atHalf.Threshold}", $"{atHalf.Sensitivity} / {atHalf.Specificity}");
            table.AddRow($"{task}: LR+ / LR- at {atHalf.Threshold}", $"{atHalf.PositiveLikelihoodRatio} / {atHalf.NegativeLikelihoodRatio}");
            if (classification.AtYoudenThreshold is { } youden)
            {
                table.AddRow($"{task}: sensitivity / specificity at Youden {youden.Threshold:0.###}", $"{youden.Sensitivity} / {youden.Specificity}");
            }
        }

        return table;
    }
}
