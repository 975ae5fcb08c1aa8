using System.Security.Cryptography;
using Experiments.Imaging.Dicom.Parsing;
using Experiments.Imaging.Dicom.PixelData;

namespace Experiments.Imaging.Tests.Dicom;

/// <summary>All frames of a file decoded, with the statistics reference.json records.</summary>
internal sealed class DecodedPixels
{
    private DecodedPixels(ImagePixelDescription description, int[] values)
    {
        Description = description;
        Values = values;
    }

    public ImagePixelDescription Description { get; }

    public int[] Values { get; }

    public static DecodedPixels Of(DicomFile file)
    {
        var description = ImagePixelDescription.FromDataset(file.Dataset);
        var values = new int[description.PixelsPerFrame * description.NumberOfFrames];
        for (var frame = 0; frame < description.NumberOfFrames; frame++)
        {
            PixelDataDecoder.DecodeFrame(file, description, frame,
                values.AsSpan(frame * description.PixelsPerFrame, description.PixelsPerFrame));
        }

        return new DecodedPixels(description, values);
    }

    public int AtCentre => Values[Description.Rows / 2 * Description.Columns + Description.Columns / 2];

    /// <summary>md5 of the values as little-endian bytes of pydicom's dtype (uint8, int16 or uint16).</summary>
    public string Md5()
    {
        var bytesPerValue = Description.BitsAllocated / 8;
        var bytes = new byte[Values.Length * bytesPerValue];
        for (var n = 0; n < Values.Length; n++)
        {
            bytes[n * bytesPerValue] = (byte)Values[n];
            if (bytesPerValue == 2)
            {
                bytes[n * 2 + 1] = (byte)(Values[n] >> 8);
            }
        }

        return Convert.ToHexString(MD5.HashData(bytes)).ToLowerInvariant();
    }
}
