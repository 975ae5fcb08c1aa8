using Experiments.Imaging.Geometry;

namespace Experiments.Imaging.Resampling;

/// <summary>Reads a volume at a continuous voxel index that lies inside the grid.</summary>
internal interface IVoxelSampler
{
    float Sample(double x, double y, double z);
}

/// <summary>Order 0: the voxel at floor(index + 0.5), SciPy's rounding.</summary>
internal readonly struct NearestSampler(float[] voxels, GridSize size) : IVoxelSampler
{
    public float Sample(double x, double y, double z)
    {
        var i = (int)Math.Floor(x + 0.5);
        var j = (int)Math.Floor(y + 0.5);
        var k = (int)Math.Floor(z + 0.5);
        return voxels[size.IndexOf(MirrorIndex.Map(i, size.X), MirrorIndex.Map(j, size.Y), MirrorIndex.Map(k, size.Z))];
    }
}

/// <summary>Order 1: trilinear weights over the 2 x 2 x 2 neighbours.</summary>
internal readonly struct LinearSampler(float[] voxels, GridSize size) : IVoxelSampler
{
    public float Sample(double x, double y, double z)
    {
        int x0 = (int)Math.Floor(x), y0 = (int)Math.Floor(y), z0 = (int)Math.Floor(z);
        double tx = x - x0, ty = y - y0, tz = z - z0;
        int x1 = MirrorIndex.Map(x0 + 1, size.X), y1 = MirrorIndex.Map(y0 + 1, size.Y);
        var z1 = MirrorIndex.Map(z0 + 1, size.Z);
        var sum = 0.0;
        for (var c = 0; c < 2; c++)
        {
            var wz = c == 0 ? 1 - tz : tz;
            var zi = c == 0 ? z0 : z1;
            for (var b = 0; b < 2; b++)
            {
                var wy = b == 0 ? 1 - ty : ty;
                var row = size.X * ((b == 0 ? y0 : y1) + size.Y * zi);
                sum += wz * wy * ((1 - tx) * voxels[row + x0] + tx * voxels[row + x1]);
            }
        }

        return (float)sum;
    }
}

/// <summary>Order 3: the cubic B-spline through the prefiltered coefficients, 4 x 4 x 4 taps.</summary>
internal readonly struct CubicSampler(double[] coefficients, GridSize size) : IVoxelSampler
{
    public float Sample(double x, double y, double z)
    {
        Span<double> wx = stackalloc double[4], wy = stackalloc double[4], wz = stackalloc double[4];
        Span<int> ix = stackalloc int[4], iy = stackalloc int[4], iz = stackalloc int[4];
        Taps(x, size.X, wx, ix);
        Taps(y, size.Y, wy, iy);
        Taps(z, size.Z, wz, iz);
        var sum = 0.0;
        for (var c = 0; c < 4; c++)
        {
            var plane = 0.0;
            for (var b = 0; b < 4; b++)
            {
                var row = size.X * (iy[b] + size.Y * iz[c]);
                plane += wy[b] * (wx[0] * coefficients[row + ix[0]] + wx[1] * coefficients[row + ix[1]]
                                  + wx[2] * coefficients[row + ix[2]] + wx[3] * coefficients[row + ix[3]]);
            }

            sum += wz[c] * plane;
        }

        return (float)sum;
    }

    private static void Taps(double at, int length, Span<double> weights, Span<int> indices)
    {
        var start = (int)Math.Floor(at) - 1;
        var t = at - (start + 1);
        var u = 1 - t;
        weights[0] = u * u * u / 6;
        weights[1] = (4 - 6 * t * t + 3 * t * t * t) / 6;
        weights[2] = (1 + 3 * t + 3 * t * t - 3 * t * t * t) / 6;
        weights[3] = t * t * t / 6;
        for (var n = 0; n < 4; n++)
        {
            indices[n] = MirrorIndex.Map(start + n, length);
        }
    }
}
