using Experiments.Sweeps.Dimensions;

namespace Experiments.Sweeps.Plan;

/// <summary>Turns a sweep's dimensions into its trials: the Cartesian product, first dimension slowest.</summary>
public static class SweepExpander
{
    public static IReadOnlyList<Trial> Expand(IReadOnlyList<ISweepDimension> dimensions)
    {
        IEnumerable<IReadOnlyList<TrialPart>> combinations = [[]];
        foreach (var dimension in dimensions)
        {
            var parts = dimension.Expand();
            combinations = combinations.SelectMany(prefix => parts.Select(part => Append(prefix, part))).ToList();
        }

        return combinations
            .Select((parts, index) => new Trial(
                index,
                parts.Count == 0 ? "baseline" : string.Join(" ", parts.Select(p => p.Label)),
                parts.SelectMany(p => p.Overrides).ToList()))
            .ToList();
    }

    private static IReadOnlyList<TrialPart> Append(IReadOnlyList<TrialPart> prefix, TrialPart part)
    {
        var combined = new List<TrialPart>(prefix.Count + 1);
        combined.AddRange(prefix);
        combined.Add(part);
        return combined;
    }
}
