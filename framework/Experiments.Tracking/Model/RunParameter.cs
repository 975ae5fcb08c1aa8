namespace Experiments.Tracking.Model;

/// <summary>A run parameter; MLflow stores every parameter value as a string and never changes it.</summary>
public sealed record RunParameter(string Key, string Value);
