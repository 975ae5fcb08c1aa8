namespace Experiments.Imaging.Dicom.Series;

/// <summary>How a series is chosen from a folder and what happens to an irregular slice stack.</summary>
public sealed record DicomSeriesOptions
{
    /// <summary>The series to read; null takes the CT series with the most slices.</summary>
    public string? SeriesInstanceUid { get; init; }

    /// <summary>Uneven spacing or missing slices: refuse, or interpolate to the most common spacing.</summary>
    public SliceGridPolicy UnevenSpacing { get; init; } = SliceGridPolicy.Refuse;

    /// <summary>Gantry tilt (stack off the slice normal): refuse, or shift slices onto an orthogonal grid.</summary>
    public SliceGridPolicy GantryTilt { get; init; } = SliceGridPolicy.Refuse;

    /// <summary>Largest difference between two slice gaps, in mm, that still counts as even spacing.</summary>
    public double SpacingToleranceMm { get; init; } = 0.01;

    /// <summary>Largest angle between stack direction and slice normal, in degrees, that is not a tilt.</summary>
    public double TiltToleranceDegrees { get; init; } = 0.05;

    /// <summary>Two slices closer than this along the normal, in mm, share a position.</summary>
    public double DuplicateToleranceMm { get; init; } = 0.001;
}
