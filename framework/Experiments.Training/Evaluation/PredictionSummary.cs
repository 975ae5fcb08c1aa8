using Experiments.Training.Loop;

namespace Experiments.Training.Evaluation;

/// <summary>
/// Collects case predictions one by one (so voxel probabilities need not stay in memory) and turns
/// them into an <see cref="EvaluationReport"/>. Validation and <c>experiments evaluate</c> both use it,
/// so the two always compute Dice and AUC the same way.
/// </summary>
public sealed class PredictionSummary(IReadOnlyList<TrainingTask> tasks, double threshold)
{
    private readonly Dictionary<string, Dictionary<string, double>> _dice = [];
    private readonly Dictionary<string, List<double>> _scores = [];
    private readonly Dictionary<string, List<bool>> _labels = [];
    private readonly Dictionary<string, double> _lossSums = [];
    private readonly List<string> _caseIds = [];

    public IReadOnlyList<string> CaseIds => _caseIds;

    public void Add(CasePrediction prediction)
    {
        var sample = prediction.Sample;
        _caseIds.Add(sample.CaseId);
        foreach (var task in tasks)
        {
            _lossSums[task.Name] = _lossSums.GetValueOrDefault(task.Name) + prediction.TaskLosses[task.Name];
            if (task.Target == TaskTarget.Mask)
            {
                var dice = DiceCoefficient.Compute(prediction.MaskProbabilities[task.Name], sample.Mask, threshold);
                Get(_dice, task.Name)[sample.CaseId] = dice;
            }
            else
            {
                Get(_scores, task.Name).Add(prediction.CaseProbabilities[task.Name]);
                Get(_labels, task.Name).Add(sample.Labels[task.Label ?? task.Name] >= 0.5f);
            }
        }
    }

    /// <summary>Mean loss of each task over the cases added.</summary>
    public IReadOnlyDictionary<string, double> MeanTaskLosses() =>
        _lossSums.ToDictionary(pair => pair.Key, pair => pair.Value / _caseIds.Count);

    /// <param name="baselineScores">Per task, a clinical score of every case in the order added (BAT score).</param>
    public EvaluationReport ToReport(
        string setName, IReadOnlyDictionary<string, IReadOnlyList<double>>? baselineScores = null)
    {
        var segmentation = _dice.Select(pair => new SegmentationReport(pair.Key, pair.Value)).ToArray();
        var classification = _scores.Select(pair => ClassificationReport.Compute(
            pair.Key,
            pair.Value,
            _labels[pair.Key],
            threshold,
            baselineScores?.GetValueOrDefault(pair.Key))).ToArray();
        return new EvaluationReport(setName, segmentation, classification);
    }

    private static TValue Get<TValue>(Dictionary<string, TValue> map, string key)
        where TValue : new()
    {
        if (!map.TryGetValue(key, out var value))
        {
            value = new TValue();
            map[key] = value;
        }

        return value;
    }
}
