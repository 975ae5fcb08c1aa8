using Experiments.Contracts.Augmentation;

namespace Experiments.Bench.Models;

/// <summary>Random images with an ellipsoid "hematoma" mask, enough to time training steps.</summary>
internal static class SyntheticCases
{
    public static IReadOnlyList<TrainingSample> Create(int count, int depth, int height, int width, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(index =>
        {
            var image = new float[depth * height * width];
            var mask = new float[image.Length];
            for (var voxel = 0; voxel < image.Length; voxel++)
            {
                var (x, y, z) = (voxel % width, voxel / width % height, voxel / (width * height));
                var inside = Math.Pow((x - width / 2.0) / (width / 6.0), 2)
                             + Math.Pow((y - height / 2.0) / (height / 5.0), 2)
                             + Math.Pow((z - depth / 2.0) / (depth / 4.0), 2) <= 1;
                mask[voxel] = inside ? 1 : 0;
                image[voxel] = (float)(random.NextDouble() + (inside ? 1.5 : 0));
            }

            return new TrainingSample($"synthetic-{index}", depth, height, width, image, mask,
                new Dictionary<string, float> { ["expansion"] = index % 2 });
        }).ToList();
    }
}
