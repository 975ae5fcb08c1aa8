using Experiments.Training.Data;
using Experiments.Training.Loop;
using Microsoft.Extensions.Logging;

namespace Experiments.Training.Evaluation;

/// <summary>
/// The end-of-epoch validation: mean task losses, their sum weighted by the loss weighting's current
/// weights, mean Dice of each mask task and AUC of each case-level task. An undefined AUC (one class
/// in the set) is left out of the metrics with a warning.
/// </summary>
public sealed class Validator(Predictor predictor, IReadOnlyList<TrainingTask> tasks, double threshold, ILogger logger)
{
    public IReadOnlyDictionary<string, double> Run(ISampleSet samples, IReadOnlyDictionary<string, double> weights)
    {
        var summary = new PredictionSummary(tasks, threshold);
        foreach (var prediction in predictor.Predict(samples))
        {
            summary.Add(prediction);
        }

        var metrics = new Dictionary<string, double>();
        var losses = summary.MeanTaskLosses();
        foreach (var (task, loss) in losses)
        {
            metrics[MetricNames.ValidationTaskLoss(task)] = loss;
        }

        metrics[MetricNames.ValidationLoss] = losses.Sum(pair => weights.GetValueOrDefault(pair.Key, 1.0) * pair.Value);
        AddReportMetrics(summary.ToReport("validation"), metrics);
        return metrics;
    }

    private void AddReportMetrics(EvaluationReport report, Dictionary<string, double> metrics)
    {
        if (report.Segmentation.Count > 0)
        {
            foreach (var segmentation in report.Segmentation)
            {
                metrics[MetricNames.ValidationTaskDice(segmentation.Task)] = segmentation.MeanDice;
            }

            metrics[MetricNames.ValidationDice] = report.Segmentation.Average(s => s.MeanDice);
        }

        foreach (var classification in report.Classification)
        {
            if (classification.Roc.Auc.IsDefined)
            {
                metrics[MetricNames.ValidationAuc(classification.Task)] = classification.Roc.Auc.Value!.Value;
            }
            else
            {
                logger.LogWarning(
                    "Validation AUC of task {Task} is undefined: {Reason}", classification.Task, classification.Roc.Auc.Reason);
            }
        }
    }
}
