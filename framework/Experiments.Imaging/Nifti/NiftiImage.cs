using Experiments.Imaging.Geometry;

namespace Experiments.Imaging.Nifti;

/// <summary>
/// A NIfTI image as read: its header, the affine chosen from it, and the stored voxels of every
/// volume (one for 3D, one per time point for 4D), decoded to scaled float32 on request.
/// </summary>
public sealed class NiftiImage
{
    private readonly byte[] _stored;
    private readonly double[,] _affine;

    internal NiftiImage(
        string path, NiftiHeader header, double[,] affine, NiftiAffineSource affineSource, byte[] stored)
    {
        Path = path;
        Header = header;
        _affine = affine;
        AffineSource = affineSource;
        Geometry = VolumeGeometry.FromAffine(affine);
        _stored = stored;
    }

    /// <summary>The file the image was read from (the header file of a pair).</summary>
    public string Path { get; }

    public NiftiHeader Header { get; }

    /// <summary>The 4 x 4 voxel-to-world matrix (RAS+, mm), row major; a copy on every call.</summary>
    public double[,] Affine => (double[,])_affine.Clone();

    public NiftiAffineSource AffineSource { get; }

    public VolumeGeometry Geometry { get; }

    public GridSize Size => Header.SpatialSize;

    public int VolumeCount => (int)Header.VolumeCount;

    /// <summary>
    /// The 3D volume at index <paramref name="t"/> over dims 4 to 7 (the time point of a 4D image): values scaled by
    /// scl_slope and scl_inter, or as stored when <paramref name="scaled"/> is false.
    /// </summary>
    public Volume GetVolume(int t = 0, bool scaled = true)
    {
        if (t < 0 || t >= VolumeCount)
        {
            throw new ArgumentOutOfRangeException(nameof(t), t,
                $"NIfTI file '{Path}' holds {VolumeCount} volume(s); index {t} does not exist.");
        }

        var voxelCount = (int)Size.VoxelCount;
        var type = Header.DataType;
        var bytesPerVolume = voxelCount * type.BytesPerVoxel();
        var voxels = new float[voxelCount];
        var scaling = scaled && Header.HasScaling ? (Header.SclSlope, Header.SclInter) : ((double, double)?)null;
        // The reader refused files past the array limit, so every volume offset fits in an int.
        var stored = _stored.AsSpan(t * bytesPerVolume, bytesPerVolume);
        NiftiVoxelDecoder.Decode(stored, type, Header.IsBigEndian, scaling, voxels);
        return new Volume(Size, Geometry, voxels);
    }
}
