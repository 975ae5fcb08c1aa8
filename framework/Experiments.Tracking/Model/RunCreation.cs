namespace Experiments.Tracking.Model;

/// <summary>What a new run starts with.</summary>
public sealed record RunCreation(
    string ExperimentId,
    string RunName,
    long StartTime,
    string UserId,
    IReadOnlyList<RunTag> Tags);
