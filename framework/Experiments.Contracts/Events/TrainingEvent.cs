namespace Experiments.Contracts.Events;

/// <summary>Something the trainer reports; trackers and progress displays subscribe to these.</summary>
public abstract record TrainingEvent
{
    public DateTimeOffset Time { get; init; } = DateTimeOffset.UtcNow;
}

/// <summary>
/// A run begins (or resumes). <paramref name="Parameters"/> holds every resolved configuration
/// value under its dotted key; <paramref name="Tags"/> holds plugin names and versions and other
/// labels. <paramref name="ResumeRunId"/> is the tracking run to continue, when resuming.
/// </summary>
public sealed record RunStarted(
    string RunName,
    IReadOnlyDictionary<string, string> Parameters,
    IReadOnlyDictionary<string, string> Tags,
    string? ResumeRunId = null,
    string? ParentRunId = null) : TrainingEvent;

/// <summary>Metrics of one optimisation step (loss, per-task losses, weights, learning rate).</summary>
public sealed record StepCompleted(long Step, int Epoch, IReadOnlyDictionary<string, double> Metrics) : TrainingEvent;

/// <summary>Metrics of a finished epoch (training means, validation Dice and AUC, ...).</summary>
public sealed record EpochCompleted(int Epoch, long Step, IReadOnlyDictionary<string, double> Metrics) : TrainingEvent;

/// <summary>A file worth keeping with the run (resolved config, plots, predicted masks).</summary>
public sealed record ArtifactProduced(string LocalPath, string ArtifactFolder) : TrainingEvent;

/// <summary>The run is over; <paramref name="Reason"/> explains a failure or a kill.</summary>
public sealed record RunEnded(RunOutcome Outcome, string? Reason = null) : TrainingEvent;

public enum RunOutcome
{
    Finished,
    Failed,
    Killed,
}
