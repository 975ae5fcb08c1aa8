namespace Experiments.Imaging.Dicom.PixelData;

/// <summary>
/// Extracts the stored value from a sample's bits (PS3.5 8.1.1): the BitsStored bits ending at
/// HighBit, sign-extended from the top stored bit when PixelRepresentation is 1. Bits outside
/// that range (overlays, padding) are not part of the value.
/// </summary>
public readonly struct StoredValueLayout
{
    private readonly int _shift;
    private readonly int _mask;
    private readonly int _signBit;

    public StoredValueLayout(int bitsStored, int highBit, bool isSigned)
    {
        _shift = highBit + 1 - bitsStored;
        _mask = bitsStored >= 31 ? -1 : (1 << bitsStored) - 1;
        _signBit = isSigned ? 1 << (bitsStored - 1) : 0;
    }

    /// <summary>The layout of values that a codec already returns aligned at bit 0.</summary>
    public static StoredValueLayout Aligned(ImagePixelDescription pixels) =>
        new(pixels.BitsStored, pixels.BitsStored - 1, pixels.IsSigned);

    public static StoredValueLayout Of(ImagePixelDescription pixels) =>
        new(pixels.BitsStored, pixels.HighBit, pixels.IsSigned);

    public int Extract(int bits)
    {
        var value = (bits >> _shift) & _mask;
        return (value ^ _signBit) - _signBit;
    }
}
