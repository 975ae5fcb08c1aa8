namespace Experiments.Data.Preprocessing;

/// <summary>Reported after each case: how many of the run's cases are done and how this one went.</summary>
public sealed record PreprocessingProgress(int Completed, int Total, string CaseId, CaseOutcome Outcome);
