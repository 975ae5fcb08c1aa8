using System.Numerics;
using System.Runtime.InteropServices;

namespace Experiments.Imaging.Nifti;

/// <summary>Turns stored NIfTI voxels of any supported datatype and byte order into scaled float32 values.</summary>
public static class NiftiVoxelDecoder
{
    /// <summary>
    /// Decodes <paramref name="stored"/> into <paramref name="output"/>, applying value * slope + intercept
    /// in double precision when <paramref name="scaled"/> is set.
    /// </summary>
    public static void Decode(
        ReadOnlySpan<byte> stored, NiftiDataType type, bool bigEndian, (double Slope, double Intercept)? scaled,
        Span<float> output)
    {
        var size = type.BytesPerVoxel();
        if (stored.Length != output.Length * size)
        {
            throw new ArgumentException(
                $"{output.Length} {type.DisplayName()} voxels need {output.Length * size} bytes, got {stored.Length}.",
                nameof(stored));
        }

        var swap = bigEndian == BitConverter.IsLittleEndian && size > 1;
        var bytes = swap ? SwapEachVoxel(stored, size) : stored;
        switch (type)
        {
            case NiftiDataType.UInt8: Convert<byte>(bytes, scaled, output); break;
            case NiftiDataType.Int8: Convert<sbyte>(bytes, scaled, output); break;
            case NiftiDataType.Int16: Convert<short>(bytes, scaled, output); break;
            case NiftiDataType.UInt16: Convert<ushort>(bytes, scaled, output); break;
            case NiftiDataType.Int32: Convert<int>(bytes, scaled, output); break;
            case NiftiDataType.UInt32: Convert<uint>(bytes, scaled, output); break;
            case NiftiDataType.Int64: Convert<long>(bytes, scaled, output); break;
            case NiftiDataType.UInt64: Convert<ulong>(bytes, scaled, output); break;
            case NiftiDataType.Float32: Convert<float>(bytes, scaled, output); break;
            case NiftiDataType.Float64: Convert<double>(bytes, scaled, output); break;
            default: throw new ArgumentOutOfRangeException(nameof(type), type, "Not a supported NIfTI datatype.");
        }
    }

    private static void Convert<T>(
        ReadOnlySpan<byte> bytes, (double Slope, double Intercept)? scaled, Span<float> output)
        where T : unmanaged, INumberBase<T>
    {
        var values = MemoryMarshal.Cast<byte, T>(bytes);
        if (scaled is var (slope, intercept))
        {
            for (var i = 0; i < values.Length; i++)
            {
                output[i] = (float)(double.CreateTruncating(values[i]) * slope + intercept);
            }

            return;
        }

        for (var i = 0; i < values.Length; i++)
        {
            output[i] = float.CreateTruncating(values[i]);
        }
    }

    private static byte[] SwapEachVoxel(ReadOnlySpan<byte> stored, int size)
    {
        var swapped = stored.ToArray();
        for (var offset = 0; offset < swapped.Length; offset += size)
        {
            swapped.AsSpan(offset, size).Reverse();
        }

        return swapped;
    }
}
