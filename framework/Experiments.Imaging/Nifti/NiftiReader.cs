using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Experiments.Imaging.Nifti;

/// <summary>Reads NIfTI-1 and NIfTI-2 images: <c>.nii</c>, <c>.nii.gz</c> and <c>.hdr</c>/<c>.img</c> pairs.</summary>
public sealed class NiftiReader(ILogger<NiftiReader>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<NiftiReader>.Instance;

    public NiftiImage Read(string path)
    {
        var files = NiftiFiles.Locate(path);
        try
        {
            return ReadLocated(files);
        }
        catch (Exception error) when (error is EndOfStreamException or InvalidDataException)
        {
            throw new NiftiFormatException(path,
                $"the file is truncated or its gzip stream is corrupt ({error.Message}).", error);
        }
    }

    /// <summary>Reads a file that must hold exactly one 3D volume.</summary>
    public Volume ReadVolume(string path)
    {
        var image = Read(path);
        if (image.VolumeCount != 1)
        {
            throw new NiftiFormatException(path,
                $"expected one 3D volume, found {image.VolumeCount} " +
                $"(shape {string.Join(" x ", image.Header.Shape)}); " +
                "read it with Read(path).GetVolume(t).");
        }

        return image.GetVolume();
    }

    private NiftiImage ReadLocated(NiftiFiles files)
    {
        using var headerStream = NiftiFiles.OpenDecompressed(files.HeaderPath);
        var header = ReadHeader(headerStream, files.HeaderPath);
        var dataBytes = DataByteCount(header, files.HeaderPath);
        if (header.BitPix != 8 * header.DataType.BytesPerVoxel())
        {
            _logger.LogWarning(
                "NIfTI file {Path}: bitpix is {BitPix} but datatype {DataType} has {Bits} bits; trusting the datatype",
                files.HeaderPath, header.BitPix, header.DataType.DisplayName(), 8 * header.DataType.BytesPerVoxel());
        }

        var stored = ReadStoredVoxels(files, headerStream, header, dataBytes);
        var (affine, source) = new NiftiAffineResolver(_logger).Resolve(header, files.HeaderPath);
        _logger.LogDebug("Read NIfTI-{Version} {Path}: shape {Shape}, {DataType}, affine from {Source}",
            header.Version, files.HeaderPath, string.Join("x", header.Shape), header.DataType, source);
        return new NiftiImage(files.HeaderPath, header, affine, source, stored);
    }

    /// <summary>The voxel bytes: after vox_offset in a single file, or from vox_offset of the .img of a pair.</summary>
    private static byte[] ReadStoredVoxels(NiftiFiles files, Stream headerStream, NiftiHeader header, int count)
    {
        if (files.IsPair)
        {
            using var dataStream = NiftiFiles.OpenDecompressed(files.DataPath);
            return ReadData(dataStream, header.VoxOffset, count, header, files.DataPath);
        }

        var headerSize = NiftiHeaderSize(header);
        if (header.VoxOffset < headerSize)
        {
            throw new NiftiFormatException(files.HeaderPath,
                $"vox_offset is {header.VoxOffset}, inside the {headerSize}-byte header.");
        }

        return ReadData(headerStream, header.VoxOffset - headerSize, count, header, files.DataPath);
    }

    private static NiftiHeader ReadHeader(Stream stream, string path)
    {
        var buffer = new byte[NiftiHeaderParser.Nifti2HeaderSize];
        ReadExactly(stream, buffer.AsSpan(0, 4), path, "the header");
        var (size, _) = NiftiHeaderParser.ReadSizeAndByteOrder(buffer, path);
        ReadExactly(stream, buffer.AsSpan(4, size - 4), path, "the header");
        return NiftiHeaderParser.Parse(buffer.AsSpan(0, size), path);
    }

    private static int NiftiHeaderSize(NiftiHeader header) =>
        header.Version == 1 ? NiftiHeaderParser.Nifti1HeaderSize : NiftiHeaderParser.Nifti2HeaderSize;

    private static int DataByteCount(NiftiHeader header, string path)
    {
        var bytes = (decimal)header.SpatialSize.VoxelCount * header.VolumeCount * header.DataType.BytesPerVoxel();
        if (bytes > Array.MaxLength || header.SpatialSize.VoxelCount > Array.MaxLength)
        {
            throw new NotSupportedException(
                $"NIfTI file '{path}' holds {bytes} bytes of voxels (shape {string.Join(" x ", header.Shape)}); " +
                $"images above {Array.MaxLength} bytes are not supported.");
        }

        return (int)bytes;
    }

    private static byte[] ReadData(Stream stream, long skip, int count, NiftiHeader header, string path)
    {
        if (skip > 0)
        {
            SkipExactly(stream, skip, path);
        }

        var data = new byte[count];
        var read = stream.ReadAtLeast(data, count, throwOnEndOfStream: false);
        if (read < count)
        {
            throw new NiftiFormatException(path,
                $"the voxel data is truncated: {read} of {count} bytes that shape " +
                $"{string.Join(" x ", header.Shape)} of {header.DataType.DisplayName()} needs.");
        }

        return data;
    }

    private static void SkipExactly(Stream stream, long count, string path)
    {
        var buffer = new byte[(int)Math.Min(count, 1 << 16)];
        for (var left = count; left > 0;)
        {
            var read = stream.Read(buffer, 0, (int)Math.Min(left, buffer.Length));
            if (read == 0)
            {
                throw new NiftiFormatException(path, $"the file ends before vox_offset ({count} bytes short or less).");
            }

            left -= read;
        }
    }

    private static void ReadExactly(Stream stream, Span<byte> target, string path, string what)
    {
        var read = stream.ReadAtLeast(target, target.Length, throwOnEndOfStream: false);
        if (read < target.Length)
        {
            throw new NiftiFormatException(path,
                $"{what} is truncated: the file ends {target.Length - read} bytes early.");
        }
    }
}
