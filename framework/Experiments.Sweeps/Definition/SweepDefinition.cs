using Experiments.Sweeps.Dimensions;
using Experiments.Sweeps.Plan;
using Experiments.Sweeps.Slurm;

namespace Experiments.Sweeps.Definition;

/// <summary>The <c>sweep:</c> block of an experiment file, parsed.</summary>
public sealed record SweepDefinition(
    string Name,
    int MaxTrials,
    IReadOnlyList<ISweepDimension> Dimensions,
    SlurmSettings Slurm)
{
    public const int DefaultMaxTrials = 64;

    public SweepPlan ToPlan() => new(Name, SweepExpander.Expand(Dimensions), MaxTrials);
}
