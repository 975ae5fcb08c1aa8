namespace Experiments.Training.Evaluation;

/// <summary>Counts of a binary decision at one threshold (score at or above it = positive).</summary>
public sealed record ConfusionMatrix(int TruePositives, int FalsePositives, int TrueNegatives, int FalseNegatives)
{
    public int Positives => TruePositives + FalseNegatives;

    public int Negatives => TrueNegatives + FalsePositives;

    public int Total => Positives + Negatives;

    public static ConfusionMatrix At(IReadOnlyList<double> scores, IReadOnlyList<bool> labels, double threshold)
    {
        int tp = 0, fp = 0, tn = 0, fn = 0;
        for (var i = 0; i < scores.Count; i++)
        {
            var predicted = scores[i] >= threshold;
            if (predicted && labels[i]) tp++;
            else if (predicted) fp++;
            else if (labels[i]) fn++;
            else tn++;
        }

        return new ConfusionMatrix(tp, fp, tn, fn);
    }
}
