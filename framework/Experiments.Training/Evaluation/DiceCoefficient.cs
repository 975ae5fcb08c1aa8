namespace Experiments.Training.Evaluation;

/// <summary>
/// Dice overlap of a thresholded prediction with a binary truth mask. When both are empty the
/// prediction is perfect and Dice is 1 (never 0/0). The training loss follows the same rule through
/// its smoothing: (2 |P.T| + 1) / (|P| + |T| + 1) is 1 for two empty masks, so the loss is 0 there.
/// </summary>
public static class DiceCoefficient
{
    public static double Compute(ReadOnlySpan<float> probabilities, ReadOnlySpan<float> truth, double threshold)
    {
        if (probabilities.Length != truth.Length)
        {
            throw new ArgumentException(
                $"Prediction has {probabilities.Length} voxels but the mask has {truth.Length}.", nameof(truth));
        }

        long overlap = 0;
        long predicted = 0;
        long actual = 0;
        for (var i = 0; i < truth.Length; i++)
        {
            var p = probabilities[i] >= threshold;
            var t = truth[i] >= 0.5f;
            predicted += p ? 1 : 0;
            actual += t ? 1 : 0;
            overlap += p && t ? 1 : 0;
        }

        return predicted + actual == 0 ? 1.0 : 2.0 * overlap / (predicted + actual);
    }
}
