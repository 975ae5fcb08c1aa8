using Experiments.Plugins.Preprocessing.SkullStripping;

namespace Experiments.Preprocessing.Tests;

public sealed class OtsuThresholdTests
{
    // Groups of (count, centre, width) drawn in order from one generator, as float32.
    public static TheoryData<string, ulong, double[][], int> Sets => new()
    {
        { "bimodal", 1, [[3000, 30, 20], [1000, 700, 300]], 256 },
        { "head_like", 2, [[4000, -1000, 30], [5000, 35, 15], [800, 60, 10], [1500, 900, 400]], 256 },
        { "narrow", 3, [[500, 0.001, 0.0005], [500, 0.004, 0.0005]], 256 },
        { "bins_64_head_like", 2, [[4000, -1000, 30], [5000, 35, 15], [800, 60, 10], [1500, 900, 400]], 64 },
    };

    [Theory]
    [MemberData(nameof(Sets))]
    public void Threshold_equals_scikit_image(string name, ulong seed, double[][] groups, int bins)
    {
        var random = new Lcg(seed);
        var values = groups.SelectMany(g => Enumerable.Range(0, (int)g[0]).Select(_ => (float)random.Bell(g[1], g[2])))
            .ToArray();

        var threshold = OtsuThreshold.Compute(values, bins);

        var expected = ExpectedValues.Load("otsu-skimage.json").GetProperty(name).GetDouble();
        Assert.Equal(expected, threshold, 1e-9 * Math.Max(1, Math.Abs(expected)));
    }

    [Fact]
    public void Constant_values_give_that_value()
    {
        Assert.Equal(42.5, OtsuThreshold.Compute([42.5f, 42.5f, 42.5f]));
    }
}
