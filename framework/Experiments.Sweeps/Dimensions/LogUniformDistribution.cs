using System.Globalization;

namespace Experiments.Sweeps.Dimensions;

/// <summary>Uniform in log space on [min, max), for learning rates and other scale parameters.</summary>
internal sealed class LogUniformDistribution(double min, double max) : IDistribution
{
    public string Draw(SplitMix64 random)
    {
        var exponent = Math.Log(min) + (Math.Log(max) - Math.Log(min)) * random.NextDouble();
        return Math.Exp(exponent).ToString("R", CultureInfo.InvariantCulture);
    }
}
