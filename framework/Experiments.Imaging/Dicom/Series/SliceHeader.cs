using Experiments.Imaging.Dicom.Parsing;
using Experiments.Imaging.Geometry;

namespace Experiments.Imaging.Dicom.Series;

/// <summary>What series assembly needs from one image file, in DICOM's LPS patient frame.</summary>
public sealed record SliceHeader(
    string Path,
    string? SeriesInstanceUid,
    string? SopInstanceUid,
    string? Modality,
    int? InstanceNumber,
    Vector3D Position,
    Vector3D RowDirection,
    Vector3D ColumnDirection,
    double RowSpacing,
    double ColumnSpacing,
    int Rows,
    int Columns,
    double RescaleSlope,
    double RescaleIntercept)
{
    /// <summary>cross(row, column): the direction in which slice positions are sorted.</summary>
    public Vector3D Normal => RowDirection.Cross(ColumnDirection);

    public static SliceHeader FromDataset(DicomDataset dataset)
    {
        var position = dataset.RequireDecimals(DicomTags.ImagePositionPatient, 3);
        var orientation = dataset.RequireDecimals(DicomTags.ImageOrientationPatient, 6);
        var spacing = dataset.RequireDecimals(DicomTags.PixelSpacing, 2);
        var row = new Vector3D(orientation[0], orientation[1], orientation[2]);
        var column = new Vector3D(orientation[3], orientation[4], orientation[5]);
        if (Math.Abs(row.Length - 1) > 1e-3 || Math.Abs(column.Length - 1) > 1e-3 || Math.Abs(row.Dot(column)) > 1e-3)
        {
            throw dataset.Invalid(DicomTags.ImageOrientationPatient,
                $"row {row} and column {column} are not orthogonal unit vectors");
        }

        if (spacing[0] <= 0 || spacing[1] <= 0)
        {
            throw dataset.Invalid(DicomTags.PixelSpacing, $"spacing {spacing[0]} \\ {spacing[1]} is not positive");
        }

        var slope = dataset.GetDecimal(DicomTags.RescaleSlope);
        if (slope is null && dataset.Contains(DicomTags.ModalityLutSequence))
        {
            throw new NotSupportedException(
                $"{dataset.Source}: a Modality LUT Sequence (0028,3000) instead of Rescale Slope/Intercept " +
                "is not supported.");
        }

        return new SliceHeader(
            dataset.Source,
            dataset.GetText(DicomTags.SeriesInstanceUid),
            dataset.GetText(DicomTags.SopInstanceUid),
            dataset.GetText(DicomTags.Modality),
            dataset.GetInteger(DicomTags.InstanceNumber),
            new Vector3D(position[0], position[1], position[2]),
            row.Normalized(),
            column.Normalized(),
            spacing[0],
            spacing[1],
            dataset.RequireUInt16(DicomTags.Rows),
            dataset.RequireUInt16(DicomTags.Columns),
            slope ?? 1,
            dataset.GetDecimal(DicomTags.RescaleIntercept) ?? 0);
    }
}
