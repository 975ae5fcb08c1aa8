namespace Experiments.Imaging.Dicom.Series;

/// <summary>A series read as a Hounsfield-unit volume in RAS geometry, with how it was assembled.</summary>
public sealed record DicomSeriesResult(Volume Volume, SeriesReport Report);
