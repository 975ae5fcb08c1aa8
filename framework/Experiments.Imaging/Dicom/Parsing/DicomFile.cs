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
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (IOException e)
        {
            throw new IOException($"{path}: cannot read the file: {e.Message}", e);
        }

        return Parse(bytes, path);
    }

    /// <summary>Parses a file already in memory; <paramref name="path"/> names it in messages.</summary>
    public static DicomFile Parse(byte[] bytes, string path)
    {
        var hasPreamble = bytes.Length >= PreambleLength + 4 && bytes.AsSpan(PreambleLength, 4).SequenceEqual("DICM"u8);
        var start = hasPreamble ? PreambleLength + 4 : 0;
        var parser = new DatasetParser(bytes, path, 0);
        var meta = new DicomDataset(path, bigEndian: false);
        if (hasPreamble || StartsWithMetaGroup(bytes))
        {
            meta = parser.Parse(start, bytes.Length, MetaEncoding(bytes, start), out start, onlyGroup: 0x0002);
        }

        var syntax = meta.GetText(DicomTags.TransferSyntaxUid) is { } uid
            ? TransferSyntax.FromUid(uid)
            : GuessRawSyntax(bytes, start, path);
        var dataset = syntax.Deflated
            ? ParseDeflated(bytes, start, path)
            : parser.Parse(start, bytes.Length, new(syntax.ExplicitVr, syntax.BigEndian), out _);
        return new DicomFile(path, meta, dataset, syntax, hasPreamble);
    }

    private static bool StartsWithMetaGroup(byte[] bytes) =>
        bytes.Length >= 8 && BinaryPrimitives.ReadUInt16LittleEndian(bytes) == 0x0002;

    /// <summary>The meta group is explicit VR little endian; a few writers wrongly use implicit VR.</summary>
    private static DatasetParser.Encoding MetaEncoding(byte[] bytes, int start) =>
        new(bytes.Length >= start + 6 && DicomVr.FromBytes(bytes[start + 4], bytes[start + 5]).IsWellFormed, false);

    private static TransferSyntax GuessRawSyntax(byte[] bytes, int start, string path)
    {
        if (bytes.Length - start < 8)
        {
            throw new DicomFormatException(DicomFormatProblem.NotDicom, path, null,
                $"not a DICOM file: {bytes.Length} bytes, no DICM marker and no dataset");
        }

        var group = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(start));
        var element = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(start + 2));
        var bigEndianGroup = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(start));
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

    private static DicomDataset ParseDeflated(byte[] bytes, int start, string path)
    {
        byte[] inflated;
        try
        {
            using var input = new MemoryStream(bytes, start, bytes.Length - start);
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
