namespace Experiments.Sweeps.Dimensions;

/// <summary>One of the listed values, each equally likely.</summary>
internal sealed class ChoiceDistribution(IReadOnlyList<string> values) : IDistribution
{
    public string Draw(SplitMix64 random) => values[(int)(random.Next() % (ulong)values.Count)];
}
