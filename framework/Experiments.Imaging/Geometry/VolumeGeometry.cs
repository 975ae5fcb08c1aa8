namespace Experiments.Imaging.Geometry;

/// <summary>
/// Where a voxel grid sits in the world, in NIfTI's RAS+ millimetre frame: world = origin +
/// direction * diag(spacing) * (i, j, k). The direction's columns are the unit vectors of the
/// i, j and k axes; they need not be orthogonal (a gantry-tilted series keeps its shear).
/// </summary>
public sealed record VolumeGeometry(Vector3D Spacing, Vector3D Origin, Vector3D AxisI, Vector3D AxisJ, Vector3D AxisK)
{
    public static VolumeGeometry Identity(Vector3D spacing) =>
        new(spacing, new Vector3D(0, 0, 0), new Vector3D(1, 0, 0), new Vector3D(0, 1, 0), new Vector3D(0, 0, 1));

    /// <summary>The 4 x 4 voxel-to-world matrix, row major.</summary>
    public double[,] Affine
    {
        get
        {
            var i = AxisI * Spacing.X;
            var j = AxisJ * Spacing.Y;
            var k = AxisK * Spacing.Z;
            return new double[,]
            {
                { i.X, j.X, k.X, Origin.X },
                { i.Y, j.Y, k.Y, Origin.Y },
                { i.Z, j.Z, k.Z, Origin.Z },
                { 0, 0, 0, 1 },
            };
        }
    }

    public Vector3D VoxelToWorld(double i, double j, double k) =>
        Origin + AxisI * (i * Spacing.X) + AxisJ * (j * Spacing.Y) + AxisK * (k * Spacing.Z);

    /// <summary>Builds a geometry from a 4 x 4 (or 3 x 4) voxel-to-world matrix.</summary>
    public static VolumeGeometry FromAffine(double[,] affine)
    {
        Vector3D Column(int c) => new(affine[0, c], affine[1, c], affine[2, c]);
        var i = Column(0);
        var j = Column(1);
        var k = Column(2);
        return new VolumeGeometry(
            new Vector3D(i.Length, j.Length, k.Length), Column(3), i.Normalized(), j.Normalized(), k.Normalized());
    }

    /// <summary>Largest difference between two affines' entries, in millimetres.</summary>
    public double MaxAffineDifference(VolumeGeometry other)
    {
        var a = Affine;
        var b = other.Affine;
        var max = 0.0;
        for (var r = 0; r < 3; r++)
        {
            for (var c = 0; c < 4; c++)
            {
                max = Math.Max(max, Math.Abs(a[r, c] - b[r, c]));
            }
        }

        return max;
    }
}
