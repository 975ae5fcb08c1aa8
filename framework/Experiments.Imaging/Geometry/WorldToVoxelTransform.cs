namespace Experiments.Imaging.Geometry;

/// <summary>
/// Maps world points (RAS+, mm) to continuous voxel indices by inverting a geometry's affine once,
/// so it can be applied to many points. Works for sheared (non-orthogonal) axes too.
/// </summary>
public sealed class WorldToVoxelTransform
{
    private readonly Matrix3x3 _inverse;
    private readonly Vector3D _origin;

    public WorldToVoxelTransform(VolumeGeometry geometry)
    {
        var linear = new Matrix3x3(
            geometry.AxisI * geometry.Spacing.X,
            geometry.AxisJ * geometry.Spacing.Y,
            geometry.AxisK * geometry.Spacing.Z);
        if (!IsInvertible(linear))
        {
            throw new ArgumentException(
                $"The geometry's axes {linear} are degenerate; world points cannot be mapped to voxels.",
                nameof(geometry));
        }

        _inverse = linear.Inverse();
        _origin = geometry.Origin;
    }

    /// <summary>The continuous (i, j, k) index of a world point; round it for the nearest voxel.</summary>
    public Vector3D Apply(Vector3D world) => _inverse * (world - _origin);

    private static bool IsInvertible(Matrix3x3 linear)
    {
        var scale = linear.Column0.Length * linear.Column1.Length * linear.Column2.Length;
        return linear.IsFinite && scale > 0 && Math.Abs(linear.Determinant) > 1e-9 * scale;
    }
}
