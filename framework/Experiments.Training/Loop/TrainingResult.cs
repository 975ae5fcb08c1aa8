using Experiments.Contracts.Events;

namespace Experiments.Training.Loop;

/// <summary>How a run ended, where it stopped and where its checkpoints are.</summary>
public sealed record TrainingResult(
    RunOutcome Outcome,
    string? Reason,
    int Epoch,
    long Step,
    double? BestMetric,
    string LastCheckpoint,
    string BestCheckpoint);
