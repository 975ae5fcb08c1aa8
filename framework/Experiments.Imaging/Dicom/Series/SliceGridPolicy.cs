namespace Experiments.Imaging.Dicom.Series;

/// <summary>What to do with a slice stack that is not a regular orthogonal grid.</summary>
public enum SliceGridPolicy
{
    /// <summary>Refuse the series with an error naming the files involved.</summary>
    Refuse,

    /// <summary>Resample to a regular orthogonal grid and say so in the report.</summary>
    Resample,
}
