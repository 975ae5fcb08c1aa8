using Experiments.Training.Checkpoints;
using Experiments.Training.Loop;
using Microsoft.Extensions.Logging;
using TorchSharp;

namespace Experiments.Training.Evaluation;

/// <summary>
/// Evaluates a saved checkpoint: loads its weights into the network, predicts every case of the set,
/// and writes the report, the ROC plots and (with a mask writer) the predicted masks.
/// </summary>
public sealed class EvaluationRun(ILogger logger)
{
    public EvaluationOutcome Run(EvaluationInputs inputs, string checkpoint, string outputFolder)
    {
        var model = inputs.Network.Module;
        var state = CheckpointStore.Load(checkpoint, model, optimizer: null);
        var device = DeviceSelection.Resolve(inputs.Device);
        model.to(device);
        logger.LogInformation(
            "Evaluating {Checkpoint} (epoch {Epoch}, step {Step}) on {Count} {Set} cases",
            checkpoint, state.Epoch, state.Step, inputs.Cases.Count, inputs.SetName);

        var masks = new List<string>();
        var predictor = new Predictor(model, inputs.Tasks, device);
        var evaluator = new Evaluator(predictor, inputs.Tasks, inputs.Threshold, inputs.MaskWriter);
        var report = evaluator.Evaluate(inputs.SetName, inputs.Cases, inputs.Baseline, masks);
        foreach (var classification in report.Classification.Where(c => !c.Roc.IsDefined))
        {
            logger.LogWarning(
                "AUC of {Task} is undefined: {Reason}", classification.Task, classification.Roc.Auc.Reason);
        }

        var files = EvaluationReportWriter.Write(report, outputFolder, inputs.Baseline?.Name ?? "baseline");
        return new EvaluationOutcome(report, files, masks, state.TrackingRunId);
    }
}
