namespace Experiments.Plugins.Augmentation;

/// <summary>
/// Resamples a (depth, height, width) volume, x fastest, through an affine map from output voxel
/// indices to input voxel indices; points outside the input read 0.
/// </summary>
internal sealed class AffineResampler(int depth, int height, int width, double[,] matrix, double[] offset)
{
    public float[] Resample(float[] input, InterpolationKind interpolation)
    {
        var output = new float[input.Length];
        for (var z = 0; z < depth; z++)
        {
            for (var y = 0; y < height; y++)
            {
                ResampleRow(input, output, z, y, interpolation);
            }
        }

        return output;
    }

    private void ResampleRow(float[] input, float[] output, int z, int y, InterpolationKind interpolation)
    {
        var sourceX = matrix[0, 1] * y + matrix[0, 2] * z + offset[0];
        var sourceY = matrix[1, 1] * y + matrix[1, 2] * z + offset[1];
        var sourceZ = matrix[2, 1] * y + matrix[2, 2] * z + offset[2];
        var rowStart = (z * height + y) * width;
        for (var x = 0; x < width; x++)
        {
            output[rowStart + x] = interpolation == InterpolationKind.Linear
                ? Trilinear(input, sourceX, sourceY, sourceZ)
                : Nearest(input, sourceX, sourceY, sourceZ);
            sourceX += matrix[0, 0];
            sourceY += matrix[1, 0];
            sourceZ += matrix[2, 0];
        }
    }

    private float Nearest(float[] input, double x, double y, double z)
    {
        var (i, j, k) = ((int)Math.Round(x), (int)Math.Round(y), (int)Math.Round(z));
        return Inside(i, j, k) ? input[(k * height + j) * width + i] : 0f;
    }

    private float Trilinear(float[] input, double x, double y, double z)
    {
        var (x0, y0, z0) = ((int)Math.Floor(x), (int)Math.Floor(y), (int)Math.Floor(z));
        if (x0 < -1 || y0 < -1 || z0 < -1 || x0 >= width || y0 >= height || z0 >= depth)
        {
            return 0f;
        }

        var (fx, fy, fz) = (x - x0, y - y0, z - z0);
        double sum = 0;
        for (var dz = 0; dz < 2; dz++)
        {
            for (var dy = 0; dy < 2; dy++)
            {
                for (var dx = 0; dx < 2; dx++)
                {
                    var weight = (dx == 0 ? 1 - fx : fx) * (dy == 0 ? 1 - fy : fy) * (dz == 0 ? 1 - fz : fz);
                    var (i, j, k) = (x0 + dx, y0 + dy, z0 + dz);
                    if (weight > 0 && Inside(i, j, k))
                    {
                        sum += weight * input[(k * height + j) * width + i];
                    }
                }
            }
        }

        return (float)sum;
    }

    private bool Inside(int i, int j, int k) =>
        i >= 0 && j >= 0 && k >= 0 && i < width && j < height && k < depth;
}
