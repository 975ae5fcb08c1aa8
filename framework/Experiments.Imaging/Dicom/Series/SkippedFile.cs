namespace Experiments.Imaging.Dicom.Series;

/// <summary>A file in the folder that is not an image slice, and why.</summary>
public sealed record SkippedFile(string Path, string Reason);
