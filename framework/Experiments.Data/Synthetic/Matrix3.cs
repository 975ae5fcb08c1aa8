using Experiments.Imaging.Geometry;

namespace Experiments.Data.Synthetic;

/// <summary>A 3 x 3 matrix given by its columns, for head rotations and grid axes.</summary>
internal readonly record struct Matrix3(Vector3D C0, Vector3D C1, Vector3D C2)
{
    public static Matrix3 Identity { get; } = new(new(1, 0, 0), new(0, 1, 0), new(0, 0, 1));

    /// <summary>Rotation by yaw about z, then pitch about x, then roll about y (angles in degrees).</summary>
    public static Matrix3 Rotation(double yawDegrees, double pitchDegrees, double rollDegrees)
    {
        var (sy, cy) = Math.SinCos(yawDegrees * Math.PI / 180);
        var (sp, cp) = Math.SinCos(pitchDegrees * Math.PI / 180);
        var (sr, cr) = Math.SinCos(rollDegrees * Math.PI / 180);
        var yaw = new Matrix3(new(cy, sy, 0), new(-sy, cy, 0), new(0, 0, 1));
        var pitch = new Matrix3(new(1, 0, 0), new(0, cp, sp), new(0, -sp, cp));
        var roll = new Matrix3(new(cr, 0, -sr), new(0, 1, 0), new(sr, 0, cr));
        return roll * (pitch * yaw);
    }

    public Matrix3 Transpose() => new(
        new(C0.X, C1.X, C2.X), new(C0.Y, C1.Y, C2.Y), new(C0.Z, C1.Z, C2.Z));

    public static Vector3D operator *(Matrix3 m, Vector3D v) => m.C0 * v.X + m.C1 * v.Y + m.C2 * v.Z;

    public static Matrix3 operator *(Matrix3 a, Matrix3 b) => new(a * b.C0, a * b.C1, a * b.C2);

    /// <summary>The inverse by the adjugate; the grids used here are never singular.</summary>
    public Matrix3 Inverse()
    {
        var r0 = C1.Cross(C2);
        var r1 = C2.Cross(C0);
        var r2 = C0.Cross(C1);
        var determinant = C0.Dot(r0);
        return new Matrix3(r0 * (1 / determinant), r1 * (1 / determinant), r2 * (1 / determinant)).Transpose();
    }
}
