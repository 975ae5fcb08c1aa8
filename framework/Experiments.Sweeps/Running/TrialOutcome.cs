namespace Experiments.Sweeps.Running;

/// <summary>How one trial ended in this attempt.</summary>
public enum TrialOutcome
{
    Finished,
    SkippedAlreadyFinished,
    Failed,
    Cancelled,
}
