using Experiments.Contracts.Events;
using Experiments.Runner.Prediction;
using Microsoft.Extensions.Logging;

namespace Experiments.Runner.Evaluation;

/// <summary>
/// Predicts with the best checkpoint on the scans <c>evaluation.predict_scans</c> names, exactly as
/// <c>experiments predict</c> would, and logs each scan's outputs as artifacts under
/// <c>scans/&lt;name&gt;/</c>. A scan that is missing or unreadable is reported, not fatal.
/// </summary>
internal sealed class AfterTrainingPrediction(ILoggerFactory loggers, RunEventAdjuster events)
{
    public PredictionOutcome Run(IReadOnlyList<string> scans, PredictionModel model, string output)
    {
        var outcome = new ScanPredictionRun(model, Path.Combine(output, PredictionArtifacts.Folder), loggers)
            .Run(ScanInput.FromPaths(scans));
        foreach (var prediction in outcome.Predictions)
        {
            foreach (var file in prediction.Files)
            {
                events.Forward(new ArtifactProduced(file, $"{PredictionArtifacts.Folder}/{prediction.Input.Name}"));
            }
        }

        return outcome;
    }
}
