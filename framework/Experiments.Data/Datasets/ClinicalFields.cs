namespace Experiments.Data.Datasets;

/// <summary>Optional clinical information of a case; null where the dataset does not give it.</summary>
public sealed record ClinicalFields(double? OnsetToCtHours, NcctMarkers? Markers)
{
    public static ClinicalFields Unknown { get; } = new(null, null);
}
