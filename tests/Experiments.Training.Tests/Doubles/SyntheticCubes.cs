using Experiments.Contracts.Augmentation;

namespace Experiments.Training.Tests.Doubles;

/// <summary>
/// Volumes of 8 x 16 x 16 with noise and one bright cube; the cube is the mask, and the case label
/// <c>expansion</c> is 1 when the cube's edge exceeds 3 voxels.
/// </summary>
public static class SyntheticCubes
{
    public const int Depth = 8;
    public const int Side = 16;

    public static IReadOnlyList<TrainingSample> Create(int count, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(i => Cube($"case-{seed}-{i}", 2 + (i % 4), random)).ToArray();
    }

    private static TrainingSample Cube(string id, int edge, Random random)
    {
        var voxels = Depth * Side * Side;
        var image = new float[voxels];
        var mask = new float[voxels];
        var (z0, y0, x0) = (random.Next(Depth - edge + 1), random.Next(Side - edge + 1), random.Next(Side - edge + 1));
        for (var z = 0; z < Depth; z++)
        for (var y = 0; y < Side; y++)
        for (var x = 0; x < Side; x++)
        {
            var index = (((z * Side) + y) * Side) + x;
            var inside = z >= z0 && z < z0 + edge && y >= y0 && y < y0 + edge && x >= x0 && x < x0 + edge;
            mask[index] = inside ? 1 : 0;
            image[index] = (inside ? 2f : 0f) + (float)(random.NextDouble() * 0.5);
        }

        var labels = new Dictionary<string, float> { [TinyNetwork.Expansion] = edge > 3 ? 1 : 0 };
        return new TrainingSample(id, Depth, Side, Side, image, mask, labels);
    }
}
