namespace Experiments.Sweeps.Summary;

/// <summary>One row of a sweep's summary: a trial, its settings and its best validation scores.</summary>
public sealed record TrialSummary(
    int Index,
    string Name,
    string Settings,
    string Status,
    double? BestDice,
    double? BestAuc);
