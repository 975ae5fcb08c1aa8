namespace Experiments.Sweeps.Plan;

/// <summary>Every trial a sweep will run, in order.</summary>
public sealed record SweepPlan(string Name, IReadOnlyList<Trial> Trials, int MaxTrials)
{
    public bool ExceedsLimit => Trials.Count > MaxTrials;
}
