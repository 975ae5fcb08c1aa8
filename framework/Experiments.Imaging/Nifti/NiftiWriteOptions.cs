namespace Experiments.Imaging.Nifti;

/// <summary>Choices for writing a NIfTI-1 file.</summary>
/// <param name="StorageType">Voxel type on disk; integer types refuse values they cannot hold exactly.</param>
/// <param name="FormCode">qform_code and sform_code: 1 (scanner anatomical) or 2 (aligned to another image).</param>
/// <param name="Description">The header's 80-byte descrip text (ASCII).</param>
public sealed record NiftiWriteOptions(
    NiftiStorageType StorageType = NiftiStorageType.Float32, short FormCode = 1, string Description = "experiments");
