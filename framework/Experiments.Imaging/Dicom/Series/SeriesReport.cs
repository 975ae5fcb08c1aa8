namespace Experiments.Imaging.Dicom.Series;

/// <summary>
/// How a series became a volume: its slices in order, the spacing and tilt measured from their
/// positions, what was irregular, what was resampled, and what else the folder held.
/// </summary>
public sealed record SeriesReport
{
    public required string Folder { get; init; }

    public required string SeriesLabel { get; init; }

    public required string? Modality { get; init; }

    /// <summary>The slice files sorted along the normal.</summary>
    public required IReadOnlyList<string> Files { get; init; }

    public required IReadOnlyList<int?> InstanceNumbers { get; init; }

    public required IReadOnlyList<double> PositionsAlongNormal { get; init; }

    public required IReadOnlyList<double> Spacings { get; init; }

    /// <summary>The most common spacing, in mm (the target of spacing equalisation).</summary>
    public required double NominalSpacing { get; init; }

    public required double TiltDegrees { get; init; }

    /// <summary>The slice stack as found: first slice, in-plane spacing, mean step (LPS, mm).</summary>
    public required double[,] StackLpsAffine { get; init; }

    public required IReadOnlyList<SeriesIssue> Issues { get; init; }

    public required IReadOnlyList<SkippedFile> SkippedFiles { get; init; }

    public required IReadOnlyList<SeriesSummary> OtherSeries { get; init; }

    public SeriesCorrections Corrections { get; init; }

    /// <summary>The HU given to voxels that tilt correction moved outside every slice; null without it.</summary>
    public float? FillValue { get; init; }

    public int SliceCount => Files.Count;

    public double MinSpacing => Spacings.Count == 0 ? 0 : Spacings.Min();

    public double MaxSpacing => Spacings.Count == 0 ? 0 : Spacings.Max();

    public double MeanSpacing => Spacings.Count == 0 ? 0 : Spacings.Average();
}
