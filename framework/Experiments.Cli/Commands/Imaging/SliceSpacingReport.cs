namespace Experiments.Cli.Commands.Imaging;

/// <summary>How a DICOM series' slices are spaced along the slice normal, measured from their positions.</summary>
public sealed record SliceSpacingReport(
    int Slices,
    double MinMm,
    double MaxMm,
    double MeanMm,
    double NominalMm,
    double TiltDegrees,
    IReadOnlyList<double> SpacingsMm,
    IReadOnlyList<string> Issues,
    IReadOnlyList<string> Corrections,
    IReadOnlyList<string> SkippedFiles,
    IReadOnlyList<string> OtherSeries);
