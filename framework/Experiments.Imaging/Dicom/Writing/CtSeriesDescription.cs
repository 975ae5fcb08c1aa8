namespace Experiments.Imaging.Dicom.Writing;

/// <summary>
/// What a written CT series says about itself besides its voxels and geometry. Identifiers and
/// descriptions default to synthetic values; the vendor defaults to the paper's GE Optima CT540
/// because dcm2niix warns about (and does not tune for) an unknown manufacturer. A
/// <see cref="UidSeed"/> makes the UIDs, and so the files, repeatable.
/// </summary>
public sealed record CtSeriesDescription
{
    /// <summary>Seed for name-based UIDs; null gives random UIDs.</summary>
    public string? UidSeed { get; init; }

    /// <summary>Set to place several series in one study; otherwise derived from the seed.</summary>
    public string? StudyInstanceUid { get; init; }

    /// <summary>Set to add slices to an existing series; otherwise derived from the seed.</summary>
    public string? SeriesInstanceUid { get; init; }

    public string PatientName { get; init; } = "Synthetic^Case";

    public string PatientId { get; init; } = "SYNTHETIC";

    public string StudyDescription { get; init; } = "Synthetic head CT";

    public string SeriesDescription { get; init; } = "Synthetic axial";

    public string Manufacturer { get; init; } = "GE MEDICAL SYSTEMS";

    public string ManufacturerModelName { get; init; } = "Optima CT540";

    public int SeriesNumber { get; init; } = 1;

    public DateOnly StudyDate { get; init; } = new(2000, 1, 1);

    public TimeOnly StudyTime { get; init; } = new(12, 0);

    /// <summary>Stored value = (HU - intercept) / slope, rounded to the nearest integer.</summary>
    public double RescaleSlope { get; init; } = 1;

    public double RescaleIntercept { get; init; } = -1024;

    /// <summary>
    /// Store pixels unsigned (PixelRepresentation 0, as many Siemens series do) instead of signed;
    /// with intercept -1024 that holds -1024 to 64511 HU.
    /// </summary>
    public bool UnsignedPixels { get; init; }

    /// <summary>Nominal slice thickness in mm; null writes the slice spacing.</summary>
    public double? SliceThickness { get; init; }

    public double WindowCenter { get; init; } = 40;

    public double WindowWidth { get; init; } = 80;
}
