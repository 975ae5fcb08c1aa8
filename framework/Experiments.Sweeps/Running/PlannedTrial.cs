using Experiments.Sweeps.Plan;

namespace Experiments.Sweeps.Running;

/// <summary>A resolved and validated trial; <see cref="Hash"/> names it across attempts.</summary>
public sealed record PlannedTrial(Trial Trial, string Hash);
