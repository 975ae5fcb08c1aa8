namespace Experiments.Data.Synthetic;

/// <summary>A CT scanner as DICOM names it (Manufacturer, ManufacturerModelName).</summary>
public sealed record ScannerModel(string Manufacturer, string Model)
{
    /// <summary>The four scanners of the paper's cohort.</summary>
    public static IReadOnlyList<ScannerModel> Paper { get; } =
    [
        new("GE MEDICAL SYSTEMS", "Optima CT540"),
        new("SIEMENS", "SOMATOM Definition Flash"),
        new("SIEMENS", "SOMATOM Force"),
        new("SIEMENS", "SOMATOM Perspective"),
    ];
}
