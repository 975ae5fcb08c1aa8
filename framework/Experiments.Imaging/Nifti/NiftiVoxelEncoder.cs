using System.Buffers.Binary;
using System.Globalization;

namespace Experiments.Imaging.Nifti;

/// <summary>Encodes float voxels as little-endian NIfTI voxel bytes, refusing values the type cannot hold.</summary>
public static class NiftiVoxelEncoder
{
    public static byte[] Encode(float[] voxels, NiftiStorageType type, string path) => type switch
    {
        NiftiStorageType.UInt8 => EncodeIntegers(voxels, 1, byte.MinValue, byte.MaxValue, path,
            (span, value) => span[0] = (byte)value),
        NiftiStorageType.Int16 => EncodeIntegers(voxels, 2, short.MinValue, short.MaxValue, path,
            (span, value) => BinaryPrimitives.WriteInt16LittleEndian(span, (short)value)),
        _ => EncodeFloats(voxels),
    };

    private static byte[] EncodeFloats(float[] voxels)
    {
        var bytes = new byte[voxels.Length * sizeof(float)];
        for (var i = 0; i < voxels.Length; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(4 * i), voxels[i]);
        }

        return bytes;
    }

    private static byte[] EncodeIntegers(
        float[] voxels, int size, int min, int max, string path, SpanAction<byte, float> write)
    {
        var bytes = new byte[voxels.Length * size];
        for (var i = 0; i < voxels.Length; i++)
        {
            var value = voxels[i];
            if (!(value >= min && value <= max && value == MathF.Round(value)))
            {
                throw new ArgumentException(string.Format(CultureInfo.InvariantCulture,
                    "Cannot write '{0}' as integers from {1} to {2}: voxel {3} holds {4}. " +
                    "Write masks with whole-number labels, or store the volume as float32.",
                    path, min, max, i, value));
            }

            write(bytes.AsSpan(i * size, size), value);
        }

        return bytes;
    }

    private delegate void SpanAction<T, in TArg>(Span<T> span, TArg arg);
}
