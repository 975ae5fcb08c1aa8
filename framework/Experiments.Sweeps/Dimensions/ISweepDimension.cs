using Experiments.Sweeps.Plan;

namespace Experiments.Sweeps.Dimensions;

/// <summary>One axis of a sweep; the plan is the product of all axes.</summary>
public interface ISweepDimension
{
    IReadOnlyList<TrialPart> Expand();
}
