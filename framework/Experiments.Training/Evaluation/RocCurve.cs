namespace Experiments.Training.Evaluation;

/// <summary>
/// The ROC curve over every distinct score, as scikit-learn's <c>roc_curve(drop_intermediate=False)</c>:
/// cases with tied scores move the curve together (a diagonal segment), the first point is (0, 0) at
/// threshold +infinity, and AUC is the trapezoid area, equal to <c>roc_auc_score</c>. A case is called
/// positive when its score is at or above the threshold. A set with one class has no curve and an
/// undefined AUC.
/// </summary>
public sealed class RocCurve
{
    private RocCurve(double[] falsePositiveRates, double[] truePositiveRates, double[] thresholds, Metric auc)
    {
        FalsePositiveRates = falsePositiveRates;
        TruePositiveRates = truePositiveRates;
        Thresholds = thresholds;
        Auc = auc;
    }

    public IReadOnlyList<double> FalsePositiveRates { get; }

    public IReadOnlyList<double> TruePositiveRates { get; }

    public IReadOnlyList<double> Thresholds { get; }

    public Metric Auc { get; }

    public bool IsDefined => Auc.IsDefined;

    public static RocCurve Compute(IReadOnlyList<double> scores, IReadOnlyList<bool> labels)
    {
        if (scores.Count != labels.Count)
        {
            throw new ArgumentException($"{scores.Count} scores but {labels.Count} labels.", nameof(labels));
        }

        var positives = labels.Count(label => label);
        var negatives = labels.Count - positives;
        if (positives == 0 || negatives == 0)
        {
            var only = positives == 0 ? "negative" : "positive";
            return new RocCurve([], [], [], Metric.Undefined(
                $"the set holds {labels.Count} case(s), all {only}; AUC needs both classes"));
        }

        var order = Enumerable.Range(0, scores.Count).OrderByDescending(i => scores[i]).ToArray();
        var fpr = new List<double> { 0 };
        var tpr = new List<double> { 0 };
        var thresholds = new List<double> { double.PositiveInfinity };
        int truePositives = 0, falsePositives = 0;
        for (var k = 0; k < order.Length; k++)
        {
            if (labels[order[k]]) truePositives++;
            else falsePositives++;

            var lastOfTie = k == order.Length - 1 || scores[order[k + 1]] != scores[order[k]];
            if (lastOfTie)
            {
                fpr.Add((double)falsePositives / negatives);
                tpr.Add((double)truePositives / positives);
                thresholds.Add(scores[order[k]]);
            }
        }

        return new RocCurve(fpr.ToArray(), tpr.ToArray(), thresholds.ToArray(), Metric.Of(Trapezoid(fpr, tpr)));
    }

    /// <summary>The threshold maximising Youden's J = sensitivity + specificity - 1 (first one on ties).</summary>
    public Metric YoudenThreshold()
    {
        if (!IsDefined)
        {
            return Metric.Undefined(Auc.Reason!);
        }

        var best = 1;
        for (var i = 2; i < Thresholds.Count; i++)
        {
            if (TruePositiveRates[i] - FalsePositiveRates[i] > TruePositiveRates[best] - FalsePositiveRates[best])
            {
                best = i;
            }
        }

        return Metric.Of(Thresholds[best]);
    }

    private static double Trapezoid(List<double> x, List<double> y)
    {
        var area = 0.0;
        for (var i = 1; i < x.Count; i++)
        {
            area += (x[i] - x[i - 1]) * (y[i] + y[i - 1]) / 2;
        }

        return area;
    }
}
