using Experiments.Imaging.Geometry;

namespace Experiments.Imaging.Resampling;

/// <summary>
/// Maps an output voxel index (i, j, k) to the continuous input voxel index that lies at the same
/// world position: inverse(input affine) * output affine, a 3 x 4 matrix.
/// </summary>
internal sealed class IndexTransform
{
    private readonly double[,] _m;

    public IndexTransform(VolumeGeometry input, VolumeGeometry output)
    {
        var inverse = Invert(input.Affine);
        var forward = output.Affine;
        _m = new double[3, 4];
        for (var r = 0; r < 3; r++)
        {
            for (var c = 0; c < 4; c++)
            {
                var sum = 0.0;
                for (var n = 0; n < 4; n++)
                {
                    sum += inverse[r, n] * forward[n, c];
                }

                _m[r, c] = sum;
            }
        }
    }

    /// <summary>The input index of output voxel (0, j, k).</summary>
    public Vector3D RowStart(int j, int k) => new(
        _m[0, 1] * j + _m[0, 2] * k + _m[0, 3],
        _m[1, 1] * j + _m[1, 2] * k + _m[1, 3],
        _m[2, 1] * j + _m[2, 2] * k + _m[2, 3]);

    /// <summary>How far the input index moves per output step along i.</summary>
    public Vector3D StepI => new(_m[0, 0], _m[1, 0], _m[2, 0]);

    private static double[,] Invert(double[,] affine)
    {
        var a = affine;
        var det = a[0, 0] * (a[1, 1] * a[2, 2] - a[1, 2] * a[2, 1])
                  - a[0, 1] * (a[1, 0] * a[2, 2] - a[1, 2] * a[2, 0])
                  + a[0, 2] * (a[1, 0] * a[2, 1] - a[1, 1] * a[2, 0]);
        if (Math.Abs(det) < 1e-12)
        {
            throw new ArgumentException("The input geometry's axes are degenerate (zero voxel volume).");
        }

        var inv = new double[4, 4];
        inv[0, 0] = (a[1, 1] * a[2, 2] - a[1, 2] * a[2, 1]) / det;
        inv[0, 1] = (a[0, 2] * a[2, 1] - a[0, 1] * a[2, 2]) / det;
        inv[0, 2] = (a[0, 1] * a[1, 2] - a[0, 2] * a[1, 1]) / det;
        inv[1, 0] = (a[1, 2] * a[2, 0] - a[1, 0] * a[2, 2]) / det;
        inv[1, 1] = (a[0, 0] * a[2, 2] - a[0, 2] * a[2, 0]) / det;
        inv[1, 2] = (a[0, 2] * a[1, 0] - a[0, 0] * a[1, 2]) / det;
        inv[2, 0] = (a[1, 0] * a[2, 1] - a[1, 1] * a[2, 0]) / det;
        inv[2, 1] = (a[0, 1] * a[2, 0] - a[0, 0] * a[2, 1]) / det;
        inv[2, 2] = (a[0, 0] * a[1, 1] - a[0, 1] * a[1, 0]) / det;
        for (var r = 0; r < 3; r++)
        {
            inv[r, 3] = -(inv[r, 0] * a[0, 3] + inv[r, 1] * a[1, 3] + inv[r, 2] * a[2, 3]);
        }

        inv[3, 3] = 1;
        return inv;
    }
}
