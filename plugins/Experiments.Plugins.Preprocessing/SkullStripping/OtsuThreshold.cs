namespace Experiments.Plugins.Preprocessing.SkullStripping;

/// <summary>
/// Otsu's threshold: the histogram bin centre that maximises the between-class variance, computed
/// as scikit-image's <c>threshold_otsu(values, nbins)</c> does for float64 input (equal-width bins
/// spanning [min, max], the value of the first best bin's centre).
/// </summary>
public static class OtsuThreshold
{
    public static double Compute(ReadOnlySpan<float> values, int bins = 256)
    {
        if (values.IsEmpty)
        {
            throw new ArgumentException("Otsu's threshold needs at least one value.", nameof(values));
        }

        var (first, last) = Range(values);
        if (first == last)
        {
            return first;
        }

        var edges = Edges(first, last, bins);
        var counts = Histogram(values, edges, bins);
        var centres = new double[bins];
        for (var b = 0; b < bins; b++)
        {
            centres[b] = (edges[b] + edges[b + 1]) / 2;
        }

        return centres[BestSplit(counts, centres)];
    }

    private static (double First, double Last) Range(ReadOnlySpan<float> values)
    {
        var min = values[0];
        var max = values[0];
        foreach (var value in values)
        {
            min = Math.Min(min, value);
            max = Math.Max(max, value);
        }

        return (min, max);
    }

    // As numpy.linspace: edge b is b * step + first, the last edge exactly the maximum.
    private static double[] Edges(double first, double last, int bins)
    {
        var edges = new double[bins + 1];
        var step = (last - first) / bins;
        for (var b = 0; b < bins; b++)
        {
            edges[b] = b * step + first;
        }

        edges[bins] = last;
        return edges;
    }

    // As numpy.histogram for equal bins: scaled index, then corrected against the edges themselves.
    private static double[] Histogram(ReadOnlySpan<float> values, double[] edges, int bins)
    {
        var counts = new double[bins];
        var first = edges[0];
        var norm = bins / (edges[bins] - first);
        foreach (var value in values)
        {
            double x = value;
            var index = (int)((x - first) * norm);
            if (index == bins)
            {
                index--;
            }

            if (x < edges[index])
            {
                index--;
            }
            else if (index != bins - 1 && x >= edges[index + 1])
            {
                index++;
            }

            counts[index]++;
        }

        return counts;
    }

    private static int BestSplit(double[] counts, double[] centres)
    {
        var bins = counts.Length;
        var weightBelow = new double[bins];
        var meanBelow = new double[bins];
        double weight = 0, moment = 0;
        for (var b = 0; b < bins; b++)
        {
            weight += counts[b];
            moment += counts[b] * centres[b];
            weightBelow[b] = weight;
            meanBelow[b] = moment / weight;
        }

        var weightAbove = new double[bins];
        var meanAbove = new double[bins];
        weight = 0;
        moment = 0;
        for (var b = bins - 1; b >= 0; b--)
        {
            weight += counts[b];
            moment += counts[b] * centres[b];
            weightAbove[b] = weight;
            meanAbove[b] = moment / weight;
        }

        var best = 0;
        var bestVariance = double.NegativeInfinity;
        for (var b = 0; b < bins - 1; b++)
        {
            var difference = meanBelow[b] - meanAbove[b + 1];
            var variance = weightBelow[b] * weightAbove[b + 1] * difference * difference;
            if (variance > bestVariance)
            {
                best = b;
                bestVariance = variance;
            }
        }

        return best;
    }
}
