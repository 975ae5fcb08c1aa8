using Experiments.Configuration.Schema;
using Experiments.Contracts.Events;
using Experiments.Runner.Cases;
using Experiments.Training.Data;
using Experiments.Training.Evaluation;
using Experiments.Training.Loop;
using Microsoft.Extensions.Logging;

namespace Experiments.Runner.Evaluation;

/// <summary>
/// Scores the best checkpoint on the validation cases: Dice, ROC and AUC (with the BAT score's
/// AUC beside it when every case has clinical fields), the report and ROC plot, and each
/// predicted mask written on its original scan's grid; all logged as metrics and artifacts.
/// </summary>
internal sealed class AfterTrainingEvaluation(ILoggerFactory loggers, RunEventAdjuster events)
{
    /// <param name="setup">The run's setup; its network holds the best checkpoint's weights.</param>
    public void Run(TrainingSetup setup, PreparedCases cases, string output, ExperimentConfig config)
    {
        var model = setup.Network.Module;
        var device = DeviceSelection.Resolve(setup.Training.Device);
        var scans = cases.ValidationCases.ToDictionary(c => c.Id, c => c.ImagePath);
        var masks = new OriginalGeometryMaskWriter(
            Path.Combine(output, "predictions"), cases.NetworkGrids,
            id => DatasetCaseSource.ReadScan(scans[id], id, loggers));
        var evaluator = new Evaluator(
            new Predictor(model, setup.Tasks, device), setup.Tasks, config.Evaluation.Threshold, masks);
        var written = new List<string>();
        var report = evaluator.Evaluate(
            "validation", new InMemorySampleSet(cases.Validation), BatBaseline.For(setup.Tasks, cases.ValidationCases),
            written);

        var files = EvaluationReportWriter.Write(report, Path.Combine(output, "evaluation"));
        events.Forward(new EpochCompleted(setup.Training.Epochs - 1, -1, Metrics(report)));
        foreach (var file in files)
        {
            events.Forward(new ArtifactProduced(file, "evaluation"));
        }

        foreach (var mask in written)
        {
            events.Forward(new ArtifactProduced(mask, "predictions"));
        }

        loggers.CreateLogger<AfterTrainingEvaluation>().LogInformation(
            "Validation of the best checkpoint: {Metrics}",
            string.Join(", ", Metrics(report).Select(m => $"{m.Key} {m.Value:F3}")));
    }

    private static IReadOnlyDictionary<string, double> Metrics(EvaluationReport report)
    {
        var metrics = new Dictionary<string, double>();
        foreach (var segmentation in report.Segmentation)
        {
            metrics[MetricNames.EvaluationDice(segmentation.Task)] = segmentation.MeanDice;
        }

        foreach (var classification in report.Classification)
        {
            if (classification.Roc.Auc.Value is { } auc)
            {
                metrics[MetricNames.EvaluationAuc(classification.Task)] = auc;
            }

            if (classification.Baseline?.Auc.Value is { } baseline)
            {
                metrics[MetricNames.EvaluationAuc(classification.Task) + ".bat_score"] = baseline;
            }
        }

        return metrics;
    }
}
