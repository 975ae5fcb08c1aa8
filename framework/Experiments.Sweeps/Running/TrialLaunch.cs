using Experiments.Sweeps.Plan;

namespace Experiments.Sweeps.Running;

/// <summary>
/// Everything needed to start one trial: its settings, its identity (the hash of its resolved
/// configuration), the parent tracking run, the tracking run to continue (when an earlier
/// attempt exists) and the folder holding its checkpoints and log.
/// </summary>
public sealed record TrialLaunch(
    Trial Trial,
    string TrialHash,
    string ParentRunId,
    string? ExistingRunId,
    string WorkFolder);
