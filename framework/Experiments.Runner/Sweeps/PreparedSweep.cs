using Experiments.Configuration.Problems;
using Experiments.Configuration.Schema;
using Experiments.Sweeps.Definition;
using Experiments.Sweeps.Plan;
using Experiments.Sweeps.Running;

namespace Experiments.Runner.Sweeps;

/// <summary>
/// A sweep whose every trial was resolved and validated: the trials with their configuration
/// hashes, the problems found (empty when all are valid) and the first trial's configuration
/// (for where the runs are tracked).
/// </summary>
public sealed record PreparedSweep(
    SweepDefinition Definition,
    SweepPlan Plan,
    IReadOnlyList<PlannedTrial> Trials,
    IReadOnlyList<ConfigProblem> Problems,
    ExperimentConfig? FirstConfig)
{
    public bool IsValid => Problems.Count == 0 && FirstConfig is not null;

    /// <summary>The sweep's identity: its name and every trial's configuration hash.</summary>
    public string Hash => TrialHash.Of(Plan.Name + "\n" + string.Join("\n", Trials.Select(t => t.Hash)));
}
