namespace Experiments.Imaging.Geometry;

/// <summary>
/// A unit quaternion (a, b, c, d) for a proper rotation, in the NIfTI qform convention where only
/// b, c and d are stored and a = sqrt(1 - b² - c² - d²) is never negative.
/// </summary>
public readonly record struct RotationQuaternion(double A, double B, double C, double D)
{
    /// <summary>
    /// Completes a stored (b, c, d) as nibabel does, in double precision: a = sqrt(1 - b² - c² - d²),
    /// or 0 when rounding makes that negative (a 180-degree rotation; then (b, c, d) is renormalised).
    /// No threshold: near 180 degrees a tiny a of 3e-5 still moves off-diagonal affine entries by 1e-4.
    /// </summary>
    public static RotationQuaternion FromStored(double b, double c, double d) =>
        Complete(b, c, d, 1 - (b * b + c * c + d * d));

    private static RotationQuaternion Complete(double b, double c, double d, double aSquared)
    {
        if (aSquared >= 0)
        {
            return new RotationQuaternion(Math.Sqrt(aSquared), b, c, d);
        }

        var norm = Math.Sqrt(b * b + c * c + d * d);
        return new RotationQuaternion(0, b / norm, c / norm, d / norm);
    }

    /// <summary>The quaternion of a proper rotation matrix (determinant +1), with a >= 0.</summary>
    public static RotationQuaternion FromRotation(Matrix3x3 r)
    {
        var trace = r[0, 0] + r[1, 1] + r[2, 2];
        RotationQuaternion q;
        if (trace > 0)
        {
            var s = 2 * Math.Sqrt(1 + trace);
            q = new(s / 4, (r[2, 1] - r[1, 2]) / s, (r[0, 2] - r[2, 0]) / s, (r[1, 0] - r[0, 1]) / s);
        }
        else if (r[0, 0] > r[1, 1] && r[0, 0] > r[2, 2])
        {
            var s = 2 * Math.Sqrt(1 + r[0, 0] - r[1, 1] - r[2, 2]);
            q = new((r[2, 1] - r[1, 2]) / s, s / 4, (r[0, 1] + r[1, 0]) / s, (r[0, 2] + r[2, 0]) / s);
        }
        else if (r[1, 1] > r[2, 2])
        {
            var s = 2 * Math.Sqrt(1 + r[1, 1] - r[0, 0] - r[2, 2]);
            q = new((r[0, 2] - r[2, 0]) / s, (r[0, 1] + r[1, 0]) / s, s / 4, (r[1, 2] + r[2, 1]) / s);
        }
        else
        {
            var s = 2 * Math.Sqrt(1 + r[2, 2] - r[0, 0] - r[1, 1]);
            q = new((r[1, 0] - r[0, 1]) / s, (r[0, 2] + r[2, 0]) / s, (r[1, 2] + r[2, 1]) / s, s / 4);
        }

        return q.A < 0 ? new RotationQuaternion(-q.A, -q.B, -q.C, -q.D) : q;
    }

    public Matrix3x3 ToRotation()
    {
        var (a, b, c, d) = (A, B, C, D);
        return new Matrix3x3(
            new Vector3D(a * a + b * b - c * c - d * d, 2 * (b * c + a * d), 2 * (b * d - a * c)),
            new Vector3D(2 * (b * c - a * d), a * a + c * c - b * b - d * d, 2 * (c * d + a * b)),
            new Vector3D(2 * (b * d + a * c), 2 * (c * d - a * b), a * a + d * d - c * c - b * b));
    }
}
