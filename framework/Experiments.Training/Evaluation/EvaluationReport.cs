namespace Experiments.Training.Evaluation;

/// <summary>All metrics of one evaluated set.</summary>
public sealed record EvaluationReport(
    string SetName,
    IReadOnlyList<SegmentationReport> Segmentation,
    IReadOnlyList<ClassificationReport> Classification);
