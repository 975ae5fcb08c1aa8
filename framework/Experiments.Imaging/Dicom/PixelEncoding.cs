namespace Experiments.Imaging.Dicom;

/// <summary>How a transfer syntax stores pixel data, and so which decoder (if any) applies.</summary>
public enum PixelEncoding
{
    /// <summary>Uncompressed samples in the dataset's byte order.</summary>
    Native,

    /// <summary>Encapsulated RLE Lossless (PS3.5 Annex G).</summary>
    Rle,

    /// <summary>Encapsulated lossless JPEG, ITU T.81 process 14 (Huffman, predictors 1-7).</summary>
    JpegLossless,

    /// <summary>Encapsulated in a codec this library does not implement.</summary>
    Unsupported,
}
