using Experiments.Sweeps.Plan;

namespace Experiments.Sweeps.Dimensions;

/// <summary>Trials written out by hand, each with a name and the settings it changes.</summary>
public sealed class NamedTrialsDimension(IReadOnlyList<TrialPart> trials) : ISweepDimension
{
    public IReadOnlyList<TrialPart> Expand() => trials;
}
