using Experiments.Data.Datasets;

namespace Experiments.Data.Labels;

/// <summary>
/// The BAT score the paper compares its network with (0-5): blend sign 1 point, any hypodensity
/// (including black hole and swirl) 2 points, onset to CT under 2.5 hours 2 points.
/// </summary>
public static class BatScore
{
    public const double EarlyOnsetHours = 2.5;

    public static int Compute(bool blendSign, bool anyHypodensity, double onsetToCtHours) =>
        (blendSign ? 1 : 0) + (anyHypodensity ? 2 : 0) + (onsetToCtHours < EarlyOnsetHours ? 2 : 0);

    public static int Compute(NcctMarkers markers, double onsetToCtHours) =>
        Compute(markers.Blend, markers.AnyHypodensity, onsetToCtHours);

    /// <summary>The score of a case, or null when its markers or onset time are not recorded.</summary>
    public static int? TryCompute(ClinicalFields clinical) =>
        clinical is { Markers: { } markers, OnsetToCtHours: { } hours } ? Compute(markers, hours) : null;
}
