namespace Experiments.Tracking.Model;

/// <summary>A file or folder among a run's artifacts; <paramref name="Path"/> is relative to the run's root.</summary>
public sealed record ArtifactEntry(string Path, bool IsDirectory, long? FileSize);
