using Experiments.Configuration.Documents;
using Experiments.Sweeps.Definition;
using Experiments.Sweeps.Plan;

namespace Experiments.Sweeps.Dimensions;

/// <summary>
/// <c>count</c> trials, each drawing every listed setting from its distribution. Draws follow
/// the declaration order of the settings, so adding a setting at the end leaves earlier draws of
/// the same trial unchanged only for the first setting; the seed fixes the whole plan.
/// </summary>
internal sealed class RandomDimension(
    int count,
    ulong seed,
    IReadOnlyList<(string Key, IDistribution Distribution, SourceLocation Location)> settings) : ISweepDimension
{
    public IReadOnlyList<TrialPart> Expand()
    {
        var random = new SplitMix64(seed);
        var parts = new List<TrialPart>(count);
        for (var trial = 0; trial < count; trial++)
        {
            var overrides = settings
                .Select(s => new SettingOverride(s.Key, s.Distribution.Draw(random), s.Location))
                .ToList();
            parts.Add(new TrialPart($"random={trial}", overrides));
        }

        return parts;
    }
}
