using Experiments.Imaging.Geometry;

namespace Experiments.Imaging;

/// <summary>
/// A scalar 3D image: float voxels (Hounsfield units for CT, 0/1 for masks) on a grid placed in
/// the world by its geometry. Voxel (x, y, z) is at <c>Voxels[x + X * (y + Y * z)]</c>, the
/// same order as a NIfTI file's data.
/// </summary>
public sealed class Volume
{
    public Volume(GridSize size, VolumeGeometry geometry, float[]? voxels = null)
    {
        if (size.X <= 0 || size.Y <= 0 || size.Z <= 0)
        {
            throw new ArgumentException($"A volume needs a positive size on every axis, got {size}.", nameof(size));
        }

        voxels ??= new float[size.VoxelCount];
        if (voxels.LongLength != size.VoxelCount)
        {
            throw new ArgumentException(
                $"A {size} volume holds {size.VoxelCount} voxels, but {voxels.LongLength} were given.", nameof(voxels));
        }

        Size = size;
        Geometry = geometry;
        Voxels = voxels;
    }

    public GridSize Size { get; }

    public VolumeGeometry Geometry { get; }

    public float[] Voxels { get; }

    public float this[int x, int y, int z]
    {
        get => Voxels[Size.IndexOf(x, y, z)];
        set => Voxels[Size.IndexOf(x, y, z)] = value;
    }

    /// <summary>A volume on the same grid with other voxel values.</summary>
    public Volume WithVoxels(float[] voxels) => new(Size, Geometry, voxels);

    /// <summary>A deep copy.</summary>
    public Volume Clone() => new(Size, Geometry, (float[])Voxels.Clone());
}
