namespace Experiments.Imaging.Dicom.Series;

/// <summary>A series found in the folder but not read.</summary>
public sealed record SeriesSummary(string Label, string? Modality, int SliceCount);
