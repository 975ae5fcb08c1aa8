using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace Experiments.Imaging.Dicom.Parsing;

/// <summary>
/// The elements of one dataset (or sequence item), with typed accessors. Accessors for optional
/// values return null when the element is absent or empty; the Require forms throw a
/// <see cref="DicomFormatException"/> naming the file and the tag.
/// </summary>
public sealed class DicomDataset
{
    private readonly Dictionary<DicomTag, DicomElement> _elements = [];

    public DicomDataset(string source, bool bigEndian)
    {
        Source = source;
        BigEndian = bigEndian;
    }

    /// <summary>The file this dataset came from, for messages.</summary>
    public string Source { get; }

    /// <summary>True when binary values are big endian.</summary>
    public bool BigEndian { get; }

    public IEnumerable<DicomElement> Elements => _elements.Values;

    public bool Contains(DicomTag tag) => _elements.ContainsKey(tag);

    public DicomElement? Find(DicomTag tag) => _elements.GetValueOrDefault(tag);

    internal void Add(DicomElement element) => _elements[element.Tag] = element;

    /// <summary>The text value with DICOM padding (spaces, NUL) trimmed; null when absent or empty.</summary>
    public string? GetText(DicomTag tag)
    {
        if (!_elements.TryGetValue(tag, out var element) || element.Value.IsEmpty)
        {
            return null;
        }

        var text = Encoding.Latin1.GetString(element.Value.Span).Trim(' ', '\0');
        return text.Length == 0 ? null : text;
    }

    /// <summary>The backslash-separated values of a DS element; null when absent or empty.</summary>
    public double[]? GetDecimals(DicomTag tag)
    {
        var text = GetText(tag);
        if (text is null)
        {
            return null;
        }

        var parts = text.Split('\\');
        var values = new double[parts.Length];
        for (var n = 0; n < parts.Length; n++)
        {
            if (!double.TryParse(parts[n].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out values[n]))
            {
                throw Invalid(tag, $"value {n + 1} '{parts[n]}' is not a decimal number");
            }
        }

        return values;
    }

    public double? GetDecimal(DicomTag tag) => GetDecimals(tag)?[0];

    /// <summary>An IS value (or a US value when the element is binary); null when absent or empty.</summary>
    public int? GetInteger(DicomTag tag)
    {
        var element = Find(tag);
        if (element is not null && element.Vr == DicomVr.US)
        {
            return GetUInt16(tag);
        }

        var text = GetText(tag);
        if (text is null)
        {
            return null;
        }

        var first = text.Split('\\')[0].Trim();
        return int.TryParse(first, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Invalid(tag, $"'{first}' is not an integer");
    }

    /// <summary>The first value of a US element; null when absent or empty.</summary>
    public ushort? GetUInt16(DicomTag tag)
    {
        if (!_elements.TryGetValue(tag, out var element) || element.Value.IsEmpty)
        {
            return null;
        }

        if (element.Value.Length < 2)
        {
            throw Invalid(tag, $"a US value needs 2 bytes, the element has {element.Value.Length}");
        }

        var span = element.Value.Span;
        return BigEndian ? BinaryPrimitives.ReadUInt16BigEndian(span) : BinaryPrimitives.ReadUInt16LittleEndian(span);
    }

    public ushort RequireUInt16(DicomTag tag) => GetUInt16(tag) ?? throw Missing(tag);

    public string RequireText(DicomTag tag) => GetText(tag) ?? throw Missing(tag);

    public double[] RequireDecimals(DicomTag tag, int count)
    {
        var values = GetDecimals(tag) ?? throw Missing(tag);
        return values.Length == count
            ? values
            : throw Invalid(tag, $"expected {count} values, found {values.Length}");
    }

    /// <summary>An error about one attribute of this dataset, naming the file and the tag.</summary>
    public DicomFormatException Invalid(DicomTag tag, string detail) =>
        new(DicomFormatProblem.InvalidAttribute, Source, Find(tag)?.Offset, $"{tag}: {detail}");

    private DicomFormatException Missing(DicomTag tag) =>
        new(DicomFormatProblem.InvalidAttribute, Source, null, $"required attribute {tag} is missing or empty");
}
