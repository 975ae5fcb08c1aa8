using Experiments.Sweeps.Plan;

namespace Experiments.Sweeps.Running;

/// <summary>A trial and how it ended; <see cref="Resumed"/> tells whether it continued an earlier attempt.</summary>
public sealed record TrialResult(Trial Trial, string TrialHash, TrialOutcome Outcome, bool Resumed, int ExitCode);
