using Experiments.Sweeps.Plan;

namespace Experiments.Sweeps.Dimensions;

/// <summary>Every listed value of one key.</summary>
public sealed class GridDimension(string key, IReadOnlyList<SettingOverride> values) : ISweepDimension
{
    public string Key { get; } = key;

    public IReadOnlyList<TrialPart> Expand() =>
        values.Select(v => new TrialPart(TrialLabels.For(v), [v])).ToList();
}
