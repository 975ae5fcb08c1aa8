using System.Buffers.Binary;
using System.IO.Compression;

namespace Experiments.Imaging.Dicom.Parsing;

/// <summary>
/// A parsed DICOM file: Part 10 (with the 128-byte preamble and "DICM"), a meta group without
/// preamble, or a raw dataset with neither (read as implicit VR little endian unless its first
/// element carries a VR). Values stay slices of the file's bytes until asked for.
/// </summary>
public sealed class DicomFile
{
    private const int PreambleLength = 128;
    private const long HeaderProbeLength = 16384;

    private DicomFile(string path, DicomDataset meta, DicomDataset dataset, TransferSyntax syntax, bool hasPreamble)
    {
        Path = path;
        Meta = meta;
        Dataset = dataset;
        TransferSyntax = syntax;
        HasPreamble = hasPreamble;
    }

    public string Path { get; }

    /// <summary>The file meta group (0002,xxxx); empty for a raw dataset.</summary>
    public DicomDataset Meta { get; }

    public DicomDataset Dataset { get; }

    public TransferSyntax TransferSyntax { get; }

    public bool HasPreamble { get; }

    public bool HasMeta => Meta.Elements.Any();

    public static DicomFile Read(string path)
    {
        try
        {
            return Parse(File.ReadAllBytes(path), path);
        }
        catch (IOException e)
        {
            throw new IOException($"{path}: cannot read the file: {e.Message}", e);
        }
    }

    /// <summary>
    /// Reads only the attributes before the pixel data, from as few leading bytes as will hold
    /// them; the pixel data element is present but empty. For scanning many files quickly.
    /// </summary>
    public static DicomFile ReadHeader(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
            var length = stream.Length;
            for (var size = Math.Min(length, HeaderProbeLength); ; size = Math.Min(length, size * 4))
            {
                var bytes = new byte[size];
                stream.Position = 0;
                stream.ReadExactly(bytes);
                var file = TryParse(bytes, path, complete: size == length);
                if (file is not null)
                {
                    return file;
                }
            }
        }
        catch (IOException e)
        {
            throw new IOException($"{path}: cannot read the file: {e.Message}", e);
        }
    }

    /// <summary>Parses a file already in memory; <paramref name="path"/> names it in messages.</summary>
    public static DicomFile Parse(ReadOnlyMemory<byte> bytes, string path) => TryParse(bytes, path, complete: true)!;

    /// <summary>Null when <paramref name="bytes"/> begin a longer file and end before its pixel data.</summary>
    private static DicomFile? TryParse(ReadOnlyMemory<byte> bytes, string path, bool complete)
    {
        var span = bytes.Span;
        var hasPreamble = span.Length >= PreambleLength + 4 && span.Slice(PreambleLength, 4).SequenceEqual("DICM"u8);
        var start = hasPreamble ? PreambleLength + 4 : 0;
        var parser = new DatasetParser(bytes, path, 0, stopAtPixelData: !complete);
        var meta = new DicomDataset(path, bigEndian: false);
        try
        {
            if (hasPreamble || StartsWithMetaGroup(span))
            {
                meta = parser.Parse(start, bytes.Length, MetaEncoding(span, start), out start, onlyGroup: 0x0002);
            }

            var syntax = meta.GetText(DicomTags.TransferSyntaxUid) is { } uid
                ? TransferSyntax.FromUid(uid)
                : GuessRawSyntax(span, start, path);
            if (syntax.Deflated && !complete)
            {
                return null;
            }

            var dataset = syntax.Deflated
                ? ParseDeflated(bytes, start, path)
                : parser.Parse(start, bytes.Length, new(syntax.ExplicitVr, syntax.BigEndian), out _);
            return complete || parser.StoppedAtPixelData
                ? new DicomFile(path, meta, dataset, syntax, hasPreamble)
                : null;
        }
        catch (DicomFormatException e) when (!complete && e.Problem == DicomFormatProblem.Truncated)
        {
            return null;
        }
    }

    private static bool StartsWithMetaGroup(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 8 && BinaryPrimitives.ReadUInt16LittleEndian(bytes) == 0x0002;

    /// <summary>The meta group is explicit VR little endian; a few writers wrongly use implicit VR.</summary>
    private static DatasetParser.Encoding MetaEncoding(ReadOnlySpan<byte> bytes, int start) =>
        new(bytes.Length >= start + 6 && DicomVr.FromBytes(bytes[start + 4], bytes[start + 5]).IsWellFormed, false);

    private static TransferSyntax GuessRawSyntax(ReadOnlySpan<byte> bytes, int start, string path)
    {
        if (bytes.Length - start < 8)
        {
            throw new DicomFormatException(DicomFormatProblem.NotDicom, path, null,
                $"not a DICOM file: {bytes.Length} bytes, no DICM marker and no dataset");
        }

        var group = BinaryPrimitives.ReadUInt16LittleEndian(bytes[start..]);
        var element = BinaryPrimitives.ReadUInt16LittleEndian(bytes[(start + 2)..]);
        var bigEndianGroup = BinaryPrimitives.ReadUInt16BigEndian(bytes[start..]);
        var hasVr = DicomVr.FromBytes(bytes[start + 4], bytes[start + 5]).IsWellFormed;

        // A raw dataset starts in the command, directory or identifying group; anything else (text,
        // a PNG, a file shifted by a stray byte) is refused rather than parsed into nonsense.
        if (IsPlausibleFirstGroup(group))
        {
            return hasVr ? TransferSyntax.ExplicitVrLittleEndian : TransferSyntax.ImplicitVrLittleEndian;
        }

        if (IsPlausibleFirstGroup(bigEndianGroup) && hasVr)
        {
            return TransferSyntax.ExplicitVrBigEndian;
        }

        throw new DicomFormatException(DicomFormatProblem.NotDicom, path, start,
            $"not a DICOM file: no DICM marker at offset 128 and the first tag ({group:X4},{element:X4}) " +
            "does not start a dataset (expected group 0000, 0004 or 0008)");
    }

    private static bool IsPlausibleFirstGroup(ushort group) => group is 0x0000 or 0x0004 or 0x0008;

    private static DicomDataset ParseDeflated(ReadOnlyMemory<byte> bytes, int start, string path)
    {
        byte[] inflated;
        try
        {
            using var input = new MemoryStream(bytes[start..].ToArray());
            using var deflate = new DeflateStream(input, CompressionMode.Decompress);
            using var output = new MemoryStream();
            deflate.CopyTo(output);
            inflated = output.ToArray();
        }
        catch (InvalidDataException e)
        {
            throw new DicomFormatException(DicomFormatProblem.Malformed, path, start,
                $"the deflated dataset cannot be inflated: {e.Message}");
        }

        var parser = new DatasetParser(inflated, path + " (inflated dataset)", 0);
        return parser.Parse(0, inflated.Length, new(true, false), out _);
    }
}
