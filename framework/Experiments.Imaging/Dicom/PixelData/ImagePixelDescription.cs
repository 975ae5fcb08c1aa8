using Experiments.Imaging.Dicom.Parsing;

namespace Experiments.Imaging.Dicom.PixelData;

/// <summary>The Image Pixel module attributes that say how to turn pixel data bytes into values.</summary>
public sealed record ImagePixelDescription(
    int Rows,
    int Columns,
    int BitsAllocated,
    int BitsStored,
    int HighBit,
    bool IsSigned,
    int SamplesPerPixel,
    string PhotometricInterpretation,
    int NumberOfFrames)
{
    public int PixelsPerFrame => Rows * Columns * SamplesPerPixel;

    /// <summary>MONOCHROME1 shows low values bright; the values themselves (e.g. HU) are unaffected.</summary>
    public bool IsMonochrome1 => PhotometricInterpretation == "MONOCHROME1";

    public static ImagePixelDescription FromDataset(DicomDataset dataset)
    {
        var bitsAllocated = dataset.RequireUInt16(DicomTags.BitsAllocated);
        var bitsStored = dataset.GetUInt16(DicomTags.BitsStored) ?? bitsAllocated;
        var highBit = dataset.GetUInt16(DicomTags.HighBit) ?? bitsStored - 1;
        var description = new ImagePixelDescription(
            dataset.RequireUInt16(DicomTags.Rows),
            dataset.RequireUInt16(DicomTags.Columns),
            bitsAllocated,
            bitsStored,
            highBit,
            dataset.GetUInt16(DicomTags.PixelRepresentation) == 1,
            dataset.GetUInt16(DicomTags.SamplesPerPixel) ?? 1,
            dataset.GetText(DicomTags.PhotometricInterpretation) ?? "MONOCHROME2",
            dataset.GetInteger(DicomTags.NumberOfFrames) ?? 1);
        description.Validate(dataset);
        return description;
    }

    private void Validate(DicomDataset dataset)
    {
        if (BitsAllocated is not (8 or 16))
        {
            throw new NotSupportedException(
                $"{dataset.Source}: BitsAllocated {BitsAllocated} is not supported; only 8- and 16-bit pixels are.");
        }

        if (SamplesPerPixel != 1)
        {
            throw new NotSupportedException($"{dataset.Source}: {SamplesPerPixel} samples per pixel " +
                $"({PhotometricInterpretation}) are not supported; only single-sample greyscale images are.");
        }

        if (Rows == 0 || Columns == 0 || NumberOfFrames < 1)
        {
            throw dataset.Invalid(DicomTags.Rows, $"an image of {Rows} x {Columns} pixels and {NumberOfFrames} frames");
        }

        if (BitsStored < 1 || BitsStored > BitsAllocated || HighBit < BitsStored - 1 || HighBit >= BitsAllocated)
        {
            throw dataset.Invalid(DicomTags.BitsStored, $"BitsStored {BitsStored} and HighBit {HighBit} do not fit " +
                $"BitsAllocated {BitsAllocated}");
        }
    }
}
