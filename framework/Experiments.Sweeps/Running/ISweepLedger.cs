namespace Experiments.Sweeps.Running;

/// <summary>
/// The sweep's memory across attempts, kept in the tracking store so every machine running
/// trials (a laptop, Slurm array tasks) sees the same: the parent run and each trial's child run.
/// </summary>
public interface ISweepLedger
{
    /// <summary>The parent run of this sweep, created on first use.</summary>
    Task<string> ParentRunAsync(string sweepName, string sweepHash, CancellationToken cancellation);

    /// <summary>The child run of the trial with this hash under the parent, if one was started before.</summary>
    Task<TrialRecord?> FindTrialAsync(string parentRunId, string trialHash, CancellationToken cancellation);
}
