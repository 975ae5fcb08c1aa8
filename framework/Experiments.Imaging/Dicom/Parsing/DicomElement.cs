namespace Experiments.Imaging.Dicom.Parsing;

/// <summary>
/// One parsed element. Its value stays a slice of the file's bytes (no copy); a sequence holds
/// its items, and encapsulated pixel data holds its fragments (the first being the offset table).
/// </summary>
public sealed class DicomElement
{
    public DicomElement(DicomTag tag, DicomVr vr, ReadOnlyMemory<byte> value, long offset)
    {
        Tag = tag;
        Vr = vr;
        Value = value;
        Offset = offset;
    }

    public DicomTag Tag { get; }

    public DicomVr Vr { get; }

    public ReadOnlyMemory<byte> Value { get; }

    /// <summary>Where the value starts in the file (or inflated dataset).</summary>
    public long Offset { get; }

    public IReadOnlyList<DicomDataset>? Items { get; init; }

    public IReadOnlyList<ReadOnlyMemory<byte>>? Fragments { get; init; }

    public bool IsEncapsulated => Fragments is not null;
}
