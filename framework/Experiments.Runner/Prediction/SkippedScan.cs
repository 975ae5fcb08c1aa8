namespace Experiments.Runner.Prediction;

/// <summary>A scan that could not be predicted on, and why.</summary>
public sealed record SkippedScan(ScanInput Input, string Reason);
