namespace Experiments.Imaging.Nifti;

/// <summary>How the writer stores voxels: float32 for images, uint8 or int16 for label masks.</summary>
public enum NiftiStorageType
{
    Float32,
    UInt8,
    Int16,
}
