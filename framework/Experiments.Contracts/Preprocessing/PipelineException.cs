namespace Experiments.Contracts.Preprocessing;

/// <summary>A pipeline whose steps do not fit together, found before any case is processed.</summary>
public sealed class PipelineException(string message) : Exception(message);
