namespace Experiments.Training.Evaluation;

/// <summary>The report of an evaluation, the files written, and the tracking run the checkpoint belongs to.</summary>
public sealed record EvaluationOutcome(
    EvaluationReport Report,
    IReadOnlyList<string> ReportFiles,
    IReadOnlyList<string> MaskFiles,
    string? TrackingRunId);
