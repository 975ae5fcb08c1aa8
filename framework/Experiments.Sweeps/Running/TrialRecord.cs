namespace Experiments.Sweeps.Running;

/// <summary>What the tracking store knows of a trial from an earlier attempt.</summary>
public sealed record TrialRecord(string RunId, bool Finished);
