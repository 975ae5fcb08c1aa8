using Experiments.Imaging.Geometry;

namespace Experiments.Imaging.Nifti;

/// <summary>
/// The qform fields that best describe a geometry: voxel sizes, qfac, and the quaternion of the
/// rotation nearest to its axes. For sheared axes this is an approximation; the sform stays exact.
/// </summary>
public sealed record NiftiQform(RotationQuaternion Quaternion, double Qfac, Vector3D VoxelSize, Vector3D Offset)
{
    public static NiftiQform Of(VolumeGeometry geometry)
    {
        var spacing = geometry.Spacing;
        var axes = new Matrix3x3(geometry.AxisI, geometry.AxisJ, geometry.AxisK);
        var qfac = axes.Determinant < 0 ? -1.0 : 1.0;
        var proper = new Matrix3x3(axes.Column0, axes.Column1, axes.Column2 * qfac);
        var rotation = proper.NearestOrthogonal();
        return new NiftiQform(RotationQuaternion.FromRotation(rotation), qfac, spacing, geometry.Origin);
    }

    /// <summary>
    /// (b, c, d) rounded to float32 so that a reader recomputing a = sqrt(1 - b² - c² - d²) gets
    /// back (nearly) our a. Near 180 degrees plain rounding can turn a = 0 into a = 2e-4, which
    /// tilts the qform by that many radians; nudging the largest component by a few float32 steps
    /// fixes it (a slightly negative 1 - |bcd|² reads as a = 0 in nibabel and in our reader).
    /// </summary>
    public (float B, float C, float D) StoredBcd()
    {
        var stored = new[] { (float)Quaternion.B, (float)Quaternion.C, (float)Quaternion.D };
        var largest = Array.IndexOf(stored, stored.MaxBy(Math.Abs));
        var rounded = stored[largest];
        var best = Enumerable.Range(-8, 17)
            .Select(steps => StepMagnitude(rounded, steps))
            .MinBy(value =>
            {
                stored[largest] = value;
                return RecomputedAError(stored);
            });
        stored[largest] = best;
        return (stored[0], stored[1], stored[2]);
    }

    private static float StepMagnitude(float value, int steps)
    {
        var magnitude = MathF.Abs(value);
        for (var i = 0; i < Math.Abs(steps); i++)
        {
            magnitude = steps > 0 ? MathF.BitIncrement(magnitude) : MathF.BitDecrement(magnitude);
        }

        return MathF.CopySign(magnitude, value);
    }

    private double RecomputedAError(float[] bcd)
    {
        var aSquared = 1 - ((double)bcd[0] * bcd[0] + (double)bcd[1] * bcd[1] + (double)bcd[2] * bcd[2]);

        // nibabel refuses a quaternion whose 1 - |bcd|² is below -3 float32 epsilons.
        if (aSquared < -3.5e-7)
        {
            return double.PositiveInfinity;
        }

        return Math.Abs(Math.Sqrt(Math.Max(0, aSquared)) - Quaternion.A);
    }
}
