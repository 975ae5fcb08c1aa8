namespace Experiments.Imaging.Dicom.Series;

public enum SeriesIssueKind
{
    UnevenSpacing,
    MissingSlices,
    DuplicatePosition,
    GantryTilt,
    SingleSlice,
    MissingSeriesInstanceUid,
}
