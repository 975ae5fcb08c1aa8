namespace Experiments.Imaging.Geometry;

/// <summary>Voxel counts along the volume's three axes (i, j, k), i varying fastest in memory.</summary>
public readonly record struct GridSize(int X, int Y, int Z)
{
    public long VoxelCount => (long)X * Y * Z;

    public int IndexOf(int x, int y, int z) => x + X * (y + Y * z);

    public override string ToString() => $"{X} x {Y} x {Z}";
}
