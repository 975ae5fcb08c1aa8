namespace Experiments.Imaging.Dicom.Series;

/// <summary>
/// Slices sharing a Series Instance UID, an orientation and an image size. A series whose
/// slices differ in orientation (e.g. a localizer kept in the series) becomes several groups.
/// </summary>
public sealed record SeriesGroup(
    string SeriesInstanceUid, string Label, string? Modality, IReadOnlyList<SliceHeader> Slices)
{
    public override string ToString() => $"{Label} ({Modality ?? "no modality"}, {Slices.Count} slices)";
}
