using System.Globalization;

namespace Experiments.Sweeps.Dimensions;

/// <summary>Uniform on [min, max).</summary>
internal sealed class UniformDistribution(double min, double max) : IDistribution
{
    public string Draw(SplitMix64 random) =>
        (min + (max - min) * random.NextDouble()).ToString("R", CultureInfo.InvariantCulture);
}
