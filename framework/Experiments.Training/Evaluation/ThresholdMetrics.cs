namespace Experiments.Training.Evaluation;

/// <summary>
/// Sensitivity, specificity and likelihood ratios at one threshold. LR+ = sens / (1 - spec) is
/// infinite at specificity 1 (undefined when sensitivity is 0 too); LR- = (1 - sens) / spec is
/// infinite at specificity 0 (undefined when sensitivity is 1 too).
/// </summary>
public sealed record ThresholdMetrics(
    double Threshold,
    ConfusionMatrix Confusion,
    Metric Sensitivity,
    Metric Specificity,
    Metric PositiveLikelihoodRatio,
    Metric NegativeLikelihoodRatio)
{
    public static ThresholdMetrics At(IReadOnlyList<double> scores, IReadOnlyList<bool> labels, double threshold)
    {
        var confusion = ConfusionMatrix.At(scores, labels, threshold);
        var sensitivity = Metric.Ratio(confusion.TruePositives, confusion.Positives, "no positive cases");
        var specificity = Metric.Ratio(confusion.TrueNegatives, confusion.Negatives, "no negative cases");
        if (!sensitivity.IsDefined || !specificity.IsDefined)
        {
            var reason = sensitivity.Reason ?? specificity.Reason!;
            return new ThresholdMetrics(
                threshold, confusion, sensitivity, specificity, Metric.Undefined(reason), Metric.Undefined(reason));
        }

        var sens = sensitivity.Value!.Value;
        var spec = specificity.Value!.Value;
        return new ThresholdMetrics(
            threshold,
            confusion,
            sensitivity,
            specificity,
            Metric.Ratio(sens, 1 - spec, "sensitivity 0 and specificity 1"),
            Metric.Ratio(1 - sens, spec, "sensitivity 1 and specificity 0"));
    }
}
