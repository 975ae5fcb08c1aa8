namespace Experiments.Sweeps.Dimensions;

/// <summary>Where a random sweep draws one setting's value from; returns the value as YAML text.</summary>
internal interface IDistribution
{
    string Draw(SplitMix64 random);
}
