using Experiments.Contracts.Augmentation;

namespace Experiments.Models.Tests.Augmentation;

internal static class Samples
{
    public static TrainingSample Random(string id, int depth, int height, int width, int seed)
    {
        var random = new Random(seed);
        var image = Enumerable.Range(0, depth * height * width).Select(_ => random.NextSingle()).ToArray();
        var mask = image.Select(value => value > 0.5f ? 1f : 0f).ToArray();
        return new TrainingSample(id, depth, height, width, image, mask, new Dictionary<string, float>());
    }

    /// <summary>A solid ellipsoid (radii in voxels) as both the image and the mask.</summary>
    public static TrainingSample Ellipsoid(int depth, int height, int width, double rx, double ry, double rz)
    {
        var values = new float[depth * height * width];
        for (var z = 0; z < depth; z++)
        {
            for (var y = 0; y < height; y++)
            {
                for (var x = 0; x < width; x++)
                {
                    var (dx, dy, dz) = ((x - (width - 1) / 2.0) / rx, (y - (height - 1) / 2.0) / ry,
                        (z - (depth - 1) / 2.0) / rz);
                    values[(z * height + y) * width + x] = dx * dx + dy * dy + dz * dz <= 1 ? 1f : 0f;
                }
            }
        }

        return new TrainingSample("ellipsoid", depth, height, width, values, (float[])values.Clone(),
            new Dictionary<string, float>());
    }

    public static float At(TrainingSample sample, float[] values, int x, int y, int z) =>
        values[(z * sample.Height + y) * sample.Width + x];
}
