namespace Experiments.Runner.Prediction;

/// <summary>The scans predicted on and the scans skipped, each in the order given.</summary>
public sealed record PredictionOutcome(IReadOnlyList<ScanPrediction> Predictions, IReadOnlyList<SkippedScan> Skipped);
