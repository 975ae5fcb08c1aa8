using System.Buffers.Binary;
using System.Text;
using Experiments.Imaging.Geometry;

namespace Experiments.Imaging.Nifti;

/// <summary>Decodes the fixed-size NIfTI-1 (348 bytes) and NIfTI-2 (540 bytes) headers, either byte order.</summary>
public static class NiftiHeaderParser
{
    public const int Nifti1HeaderSize = 348;
    public const int Nifti2HeaderSize = 540;

    /// <summary>
    /// The header size announced by the first four bytes and the byte order that makes it valid,
    /// or an error naming what was found.
    /// </summary>
    public static (int Size, bool BigEndian) ReadSizeAndByteOrder(ReadOnlySpan<byte> firstFour, string path)
    {
        var little = BinaryPrimitives.ReadInt32LittleEndian(firstFour);
        if (little is Nifti1HeaderSize or Nifti2HeaderSize)
        {
            return (little, false);
        }

        var big = BinaryPrimitives.ReadInt32BigEndian(firstFour);
        if (big is Nifti1HeaderSize or Nifti2HeaderSize)
        {
            return (big, true);
        }

        throw new NiftiFormatException(path,
            $"sizeof_hdr is {little} (or {big} read big-endian); expected 348 (NIfTI-1) or 540 (NIfTI-2). " +
            "This is not a NIfTI header.");
    }

    public static NiftiHeader Parse(ReadOnlySpan<byte> bytes, string path)
    {
        var (size, bigEndian) = ReadSizeAndByteOrder(bytes, path);
        if (bytes.Length < size)
        {
            throw new NiftiFormatException(path, $"the header is truncated: {bytes.Length} of {size} bytes.");
        }

        var reader = new EndianReader(bytes[..size].ToArray(), bigEndian);
        var header = size == Nifti1HeaderSize ? ParseVersion1(reader) : ParseVersion2(reader);
        Validate(header, path);
        return header;
    }

    private static NiftiHeader ParseVersion1(EndianReader r) => new()
    {
        Version = 1,
        IsBigEndian = r.BigEndian,
        Magic = r.Text(344, 4),
        Dim = Enumerable.Range(0, 8).Select(i => (long)r.Int16(40 + 2 * i)).ToArray(),
        IntentCode = r.Int16(68),
        DataTypeCode = r.Int16(70),
        BitPix = r.Int16(72),
        PixDim = Enumerable.Range(0, 8).Select(i => (double)r.Single(76 + 4 * i)).ToArray(),
        VoxOffset = (long)r.Single(108),
        SclSlope = r.Single(112),
        SclInter = r.Single(116),
        XyztUnits = r.Byte(123),
        Description = r.Text(148, 80),
        QformCode = r.Int16(252),
        SformCode = r.Int16(254),
        QuaternB = r.Single(256),
        QuaternC = r.Single(260),
        QuaternD = r.Single(264),
        QOffset = new Vector3D(r.Single(268), r.Single(272), r.Single(276)),
        Srow = Enumerable.Range(0, 3)
            .Select(row => (IReadOnlyList<double>)Enumerable.Range(0, 4)
                .Select(c => (double)r.Single(280 + 16 * row + 4 * c)).ToArray())
            .ToArray(),
    };

    private static NiftiHeader ParseVersion2(EndianReader r) => new()
    {
        Version = 2,
        IsBigEndian = r.BigEndian,
        Magic = r.Text(4, 4),
        DataTypeCode = r.Int16(12),
        BitPix = r.Int16(14),
        Dim = Enumerable.Range(0, 8).Select(i => r.Int64(16 + 8 * i)).ToArray(),
        PixDim = Enumerable.Range(0, 8).Select(i => r.Double(104 + 8 * i)).ToArray(),
        VoxOffset = r.Int64(168),
        SclSlope = r.Double(176),
        SclInter = r.Double(184),
        Description = r.Text(240, 80),
        QformCode = r.Int32(344),
        SformCode = r.Int32(348),
        QuaternB = r.Double(352),
        QuaternC = r.Double(360),
        QuaternD = r.Double(368),
        QOffset = new Vector3D(r.Double(376), r.Double(384), r.Double(392)),
        Srow = Enumerable.Range(0, 3)
            .Select(row => (IReadOnlyList<double>)Enumerable.Range(0, 4)
                .Select(c => r.Double(400 + 32 * row + 8 * c)).ToArray())
            .ToArray(),
        XyztUnits = r.Int32(500),
        IntentCode = r.Int32(504),
    };

    private static void Validate(NiftiHeader header, string path)
    {
        var expectedMagic = header.Version == 1 ? new[] { "n+1", "ni1" } : new[] { "n+2", "ni2" };
        if (!expectedMagic.Contains(header.Magic))
        {
            if (header.Version == 1 && header.Magic.Length == 0)
            {
                throw new NotSupportedException(
                    $"'{path}' is an Analyze 7.5 header (no NIfTI magic); Analyze files are not supported. " +
                    "Convert it to NIfTI first, e.g. with nibabel or fslchfiletype.");
            }

            throw new NiftiFormatException(path,
                $"magic is '{header.Magic}', expected '{string.Join("' or '", expectedMagic)}' " +
                $"for a NIfTI-{header.Version} header.");
        }

        var dimensions = header.Dim[0];
        if (dimensions is < 1 or > 7)
        {
            throw new NiftiFormatException(path, $"dim[0] is {dimensions}; expected 1 to 7 dimensions.");
        }

        for (var axis = 1; axis <= dimensions; axis++)
        {
            if (header.Dim[axis] < 1)
            {
                throw new NiftiFormatException(path,
                    $"dim[{axis}] is {header.Dim[axis]}; every used dimension needs at least one voxel.");
            }
        }

        if (!NiftiDataTypes.IsSupported(header.DataTypeCode))
        {
            throw new NotSupportedException(
                $"NIfTI file '{path}' has datatype code {header.DataTypeCode} " +
                $"({NiftiDataTypes.NameOfCode(header.DataTypeCode)}), which is not supported; supported: " +
                "uint8, int8, int16, uint16, int32, uint32, int64, uint64, float32, float64.");
        }

        if (header.HasScaling && !double.IsFinite(header.SclInter))
        {
            throw new NiftiFormatException(path,
                $"scl_slope is {header.SclSlope} but scl_inter is {header.SclInter}; expected a finite intercept.");
        }
    }

    private sealed class EndianReader(byte[] bytes, bool bigEndian)
    {
        private readonly byte[] _bytes = bytes;

        public bool BigEndian { get; } = bigEndian;

        public byte Byte(int offset) => _bytes[offset];

        public short Int16(int offset) => BigEndian
            ? BinaryPrimitives.ReadInt16BigEndian(_bytes.AsSpan(offset))
            : BinaryPrimitives.ReadInt16LittleEndian(_bytes.AsSpan(offset));

        public int Int32(int offset) => BigEndian
            ? BinaryPrimitives.ReadInt32BigEndian(_bytes.AsSpan(offset))
            : BinaryPrimitives.ReadInt32LittleEndian(_bytes.AsSpan(offset));

        public long Int64(int offset) => BigEndian
            ? BinaryPrimitives.ReadInt64BigEndian(_bytes.AsSpan(offset))
            : BinaryPrimitives.ReadInt64LittleEndian(_bytes.AsSpan(offset));

        public float Single(int offset) => BigEndian
            ? BinaryPrimitives.ReadSingleBigEndian(_bytes.AsSpan(offset))
            : BinaryPrimitives.ReadSingleLittleEndian(_bytes.AsSpan(offset));

        public double Double(int offset) => BigEndian
            ? BinaryPrimitives.ReadDoubleBigEndian(_bytes.AsSpan(offset))
            : BinaryPrimitives.ReadDoubleLittleEndian(_bytes.AsSpan(offset));

        /// <summary>A text field without its trailing NUL padding; inner NULs are kept, as in nibabel.</summary>
        public string Text(int offset, int length) =>
            Encoding.Latin1.GetString(_bytes.AsSpan(offset, length)).TrimEnd('\0');
    }
}
