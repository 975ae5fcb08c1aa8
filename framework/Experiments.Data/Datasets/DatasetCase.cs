namespace Experiments.Data.Datasets;

/// <summary>
/// One case of a dataset file. Paths are absolute: the loader resolves them against the folder of
/// the dataset file. <see cref="ImagePath"/> is a DICOM series folder or a NIfTI file.
/// </summary>
public sealed record DatasetCase(
    string Id,
    string ImagePath,
    string HematomaPath,
    string? FollowupHematomaPath,
    bool Expansion,
    ClinicalFields Clinical)
{
    public bool ImageIsDicomFolder => Directory.Exists(ImagePath);
}
