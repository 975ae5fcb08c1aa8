using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Experiments.Imaging.Geometry;

namespace Experiments.Imaging.Nifti;

/// <summary>
/// Writes a volume as a little-endian NIfTI-1 <c>.nii</c> or <c>.nii.gz</c> carrying both forms:
/// the sform holds the exact affine, the qform its nearest rotation (equal unless the grid is sheared).
/// </summary>
public static class NiftiWriter
{
    private const int VoxOffset = 352;

    public static void Write(Volume volume, string path, NiftiWriteOptions? options = null)
    {
        options ??= new NiftiWriteOptions();
        if (options.FormCode is not (1 or 2))
        {
            throw new ArgumentException(
                $"FormCode {options.FormCode} is not 1 (scanner) or 2 (aligned); " +
                "written files always carry both forms.",
                nameof(options));
        }

        var compress = path.EndsWith(".nii.gz", StringComparison.OrdinalIgnoreCase);
        if (!compress && !path.EndsWith(".nii", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"'{path}' must end in .nii or .nii.gz.", nameof(path));
        }

        if (Math.Max(volume.Size.X, Math.Max(volume.Size.Y, volume.Size.Z)) > short.MaxValue)
        {
            throw new NotSupportedException(
                $"A {volume.Size} volume does not fit NIfTI-1's 16-bit dimensions; writing NIfTI-2 is not supported.");
        }

        var data = NiftiVoxelEncoder.Encode(volume.Voxels, options.StorageType, path);
        var header = EncodeHeader(volume, options);

        // Written beside the target and renamed, so a failed write never leaves a half file under the real name.
        var temporary = path + ".partial";
        try
        {
            using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            using (var output = compress ? new GZipStream(file, CompressionLevel.Fastest) : (Stream)file)
            {
                output.Write(header);
                output.Write(data);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static byte[] EncodeHeader(Volume volume, NiftiWriteOptions options)
    {
        var bytes = new byte[VoxOffset];
        var span = bytes.AsSpan();
        var qform = NiftiQform.Of(volume.Geometry);
        var (type, bitpix) = options.StorageType switch
        {
            NiftiStorageType.UInt8 => (NiftiDataType.UInt8, 8),
            NiftiStorageType.Int16 => (NiftiDataType.Int16, 16),
            _ => (NiftiDataType.Float32, 32),
        };

        BinaryPrimitives.WriteInt32LittleEndian(span, NiftiHeaderParser.Nifti1HeaderSize);
        short[] dim = [3, (short)volume.Size.X, (short)volume.Size.Y, (short)volume.Size.Z, 1, 1, 1, 1];
        for (var i = 0; i < dim.Length; i++)
        {
            BinaryPrimitives.WriteInt16LittleEndian(span[(40 + 2 * i)..], dim[i]);
        }

        BinaryPrimitives.WriteInt16LittleEndian(span[70..], (short)type);
        BinaryPrimitives.WriteInt16LittleEndian(span[72..], (short)bitpix);
        double[] pixdim = [qform.Qfac, qform.VoxelSize.X, qform.VoxelSize.Y, qform.VoxelSize.Z, 1, 1, 1, 1];
        WriteSingles(span[76..], pixdim);
        WriteSingles(span[108..], [VoxOffset, 1, 0]);
        span[123] = 2;
        Encoding.ASCII.GetBytes(options.Description.Length > 79 ? options.Description[..79] : options.Description)
            .CopyTo(span[148..]);
        BinaryPrimitives.WriteInt16LittleEndian(span[252..], options.FormCode);
        BinaryPrimitives.WriteInt16LittleEndian(span[254..], options.FormCode);
        var (b, c, d) = qform.StoredBcd();
        WriteSingles(span[256..], [b, c, d, qform.Offset.X, qform.Offset.Y, qform.Offset.Z]);
        var affine = volume.Geometry.Affine;
        for (var row = 0; row < 3; row++)
        {
            WriteSingles(span[(280 + 16 * row)..], [affine[row, 0], affine[row, 1], affine[row, 2], affine[row, 3]]);
        }

        "n+1\0"u8.CopyTo(span[344..]);
        return bytes;
    }

    private static void WriteSingles(Span<byte> target, double[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(target[(4 * i)..], (float)values[i]);
        }
    }
}
