namespace Experiments.Imaging.Dicom.Series;

/// <summary>Which resamplings turned the slice stack into the returned volume.</summary>
[Flags]
public enum SeriesCorrections
{
    None = 0,

    /// <summary>Each slice was shifted in its plane so the stack runs along the slice normal.</summary>
    GantryTiltCorrected = 1,

    /// <summary>Slices were interpolated along the normal onto a regular spacing.</summary>
    SpacingEqualized = 2,
}
