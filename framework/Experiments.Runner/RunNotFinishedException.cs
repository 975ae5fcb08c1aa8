using Experiments.Contracts.Events;

namespace Experiments.Runner;

/// <summary>A run that ended failed or killed; the message says why and where to resume.</summary>
public sealed class RunNotFinishedException(RunOutcome outcome, string reason)
    : Exception($"The run was {outcome.ToString().ToLowerInvariant()}: {reason}")
{
    public RunOutcome Outcome { get; } = outcome;
}
