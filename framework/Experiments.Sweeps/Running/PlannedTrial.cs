using Experiments.Sweeps.Plan;

namespace Experiments.Sweeps.Running;

/// <summary>A trial whose configuration was resolved and validated; <see cref="Hash"/> identifies it across attempts.</summary>
public sealed record PlannedTrial(Trial Trial, string Hash);
