using Experiments.Training.Data;
using Experiments.Training.Loop;

namespace Experiments.Training.Evaluation;

/// <summary>
/// Evaluates a trained network on a set: predictions case by case, the report, and (when a writer
/// is given) every predicted mask as a file.
/// </summary>
public sealed class Evaluator(
    Predictor predictor, IReadOnlyList<TrainingTask> tasks, double threshold, IPredictedMaskWriter? maskWriter)
{
    /// <param name="writtenMasks">Receives the path of every mask file written.</param>
    public EvaluationReport Evaluate(
        string setName, ISampleSet samples, BaselineScores? baseline, ICollection<string> writtenMasks)
    {
        if (baseline is not null && baseline.Scores.Count != samples.Count)
        {
            throw new ArgumentException(
                $"The baseline '{baseline.Name}' has {baseline.Scores.Count} scores for {samples.Count} cases in '{setName}'.");
        }

        var summary = new PredictionSummary(tasks, threshold);
        foreach (var prediction in predictor.Predict(samples))
        {
            summary.Add(prediction);
            WriteMasks(prediction, writtenMasks);
        }

        var baselines = baseline is null
            ? null
            : new Dictionary<string, IReadOnlyList<double>> { [baseline.Task] = baseline.Scores };
        return summary.ToReport(setName, baselines);
    }

    private void WriteMasks(CasePrediction prediction, ICollection<string> writtenMasks)
    {
        if (maskWriter is null)
        {
            return;
        }

        foreach (var (task, probabilities) in prediction.MaskProbabilities)
        {
            var mask = probabilities.Select(p => p >= threshold ? (byte)1 : (byte)0).ToArray();
            writtenMasks.Add(maskWriter.Write(prediction.Sample, task, mask));
        }
    }
}
