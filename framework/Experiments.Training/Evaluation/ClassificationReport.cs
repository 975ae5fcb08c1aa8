namespace Experiments.Training.Evaluation;

/// <summary>
/// How well one case-level task separates its classes: ROC and AUC, the decision at the fixed
/// threshold and at Youden's threshold, the prevalence of positives, and optionally the AUC of a
/// clinical baseline score (the BAT score) on the same cases.
/// </summary>
public sealed record ClassificationReport(
    string Task,
    int Cases,
    double Prevalence,
    RocCurve Roc,
    ThresholdMetrics AtFixedThreshold,
    ThresholdMetrics? AtYoudenThreshold,
    RocCurve? Baseline)
{
    public static ClassificationReport Compute(
        string task,
        IReadOnlyList<double> scores,
        IReadOnlyList<bool> labels,
        double threshold,
        IReadOnlyList<double>? baselineScores = null)
    {
        if (labels.Count == 0)
        {
            throw new ArgumentException($"Task '{task}': the evaluated set holds no cases.", nameof(labels));
        }

        var roc = RocCurve.Compute(scores, labels);
        var youden = roc.YoudenThreshold();
        return new ClassificationReport(
            task,
            labels.Count,
            (double)labels.Count(label => label) / labels.Count,
            roc,
            ThresholdMetrics.At(scores, labels, threshold),
            youden.IsDefined ? ThresholdMetrics.At(scores, labels, youden.Value!.Value) : null,
            baselineScores is null ? null : RocCurve.Compute(baselineScores, labels));
    }
}
