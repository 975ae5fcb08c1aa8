using Experiments.Imaging.Dicom.Parsing;
using Experiments.Imaging.Dicom.PixelData.Jpeg;

namespace Experiments.Imaging.Dicom.PixelData;

/// <summary>
/// Turns a file's pixel data into stored values (before rescale): native, RLE Lossless or
/// lossless JPEG process 14. Any other encoding is refused with the conversion to run instead.
/// </summary>
public static class PixelDataDecoder
{
    /// <summary>Stored values of one frame, row by row.</summary>
    public static int[] DecodeFrame(DicomFile file, int frame = 0)
    {
        var pixels = ImagePixelDescription.FromDataset(file.Dataset);
        var values = new int[pixels.PixelsPerFrame];
        DecodeFrame(file, pixels, frame, values);
        return values;
    }

    /// <summary>Decodes one frame into <paramref name="destination"/> (at least Rows x Columns values).</summary>
    public static void DecodeFrame(DicomFile file, ImagePixelDescription pixels, int frame, Span<int> destination)
    {
        var source = file.Path;
        var pixelData = file.Dataset.Find(DicomTags.PixelData) ?? throw new DicomFormatException(
            DicomFormatProblem.InvalidAttribute, source, null, "the file has no pixel data (7FE0,0010)");
        if (frame < 0 || frame >= pixels.NumberOfFrames)
        {
            throw new ArgumentOutOfRangeException(
                nameof(frame), $"{source} has {pixels.NumberOfFrames} frames, not {frame + 1}.");
        }

        destination = destination[..pixels.PixelsPerFrame];
        var syntax = file.TransferSyntax;
        if (syntax.PixelEncoding == PixelEncoding.Unsupported)
        {
            throw Unsupported(file);
        }

        if (syntax.PixelEncoding == PixelEncoding.Native)
        {
            if (pixelData.IsEncapsulated)
            {
                throw new DicomFormatException(DicomFormatProblem.Malformed, source, pixelData.Offset,
                    $"pixel data is encapsulated although the transfer syntax is {syntax}");
            }

            NativePixelDecoder.Decode(pixelData, pixels, file.Dataset.BigEndian, frame, destination, source);
            return;
        }

        if (!pixelData.IsEncapsulated)
        {
            throw new DicomFormatException(DicomFormatProblem.Malformed, source, pixelData.Offset,
                $"pixel data is not encapsulated although the transfer syntax is {syntax}");
        }

        var bytes = EncapsulatedFrames.Frame(pixelData, frame, pixels.NumberOfFrames, source);
        if (syntax.PixelEncoding == PixelEncoding.Rle)
        {
            RleDecoder.Decode(bytes, pixels, destination, source);
            return;
        }

        DecodeJpegLossless(bytes, pixels, destination, source);
    }

    private static void DecodeJpegLossless(
        byte[] bytes, ImagePixelDescription pixels, Span<int> destination, string source)
    {
        JpegLosslessDecoder.Decode(bytes, pixels.Rows, pixels.Columns, destination,
            detail => new DicomFormatException(DicomFormatProblem.Malformed, source, null, detail));
        var layout = StoredValueLayout.Aligned(pixels);
        for (var n = 0; n < destination.Length; n++)
        {
            destination[n] = layout.Extract(destination[n]);
        }
    }

    private static NotSupportedException Unsupported(DicomFile file) =>
        new($"{file.Path}: pixel data in {file.TransferSyntax} cannot be decoded here; only uncompressed, " +
            "RLE Lossless and JPEG Lossless process 14 are supported. Convert the file first, e.g. with " +
            $"{file.TransferSyntax.ConversionHint}.");
}
