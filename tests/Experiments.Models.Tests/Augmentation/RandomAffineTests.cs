using Experiments.Plugins.Augmentation;

namespace Experiments.Models.Tests.Augmentation;

public sealed class RandomAffineTests
{
    private static readonly RandomAffine PaperAugmenter = new(new RandomAffineOptions());

    [Fact]
    public void IdentityTransformLeavesImageAndMaskUnchanged()
    {
        var sample = Samples.Random("case", 4, 6, 8, seed: 1);

        var result = PaperAugmenter.Apply(sample, AffineParameters.Identity);

        Assert.Equal(sample.Image, result.Image);
        Assert.Equal(sample.Mask, result.Mask);
    }

    [Fact]
    public void TranslationByAFifthOfTheWidthShiftsTenVoxelsWideVolumesByTwoVoxels()
    {
        var sample = Samples.Random("case", 3, 4, 10, seed: 2);

        var result = PaperAugmenter.Apply(sample, AffineParameters.Identity with { TranslationX = 0.2 });

        for (var x = 0; x < 10; x++)
        {
            var expected = x < 2 ? 0f : Samples.At(sample, sample.Image, x - 2, 1, 2);
            Assert.Equal(expected, Samples.At(result, result.Image, x, 1, 2), 5);
        }
    }

    [Fact]
    public void QuarterTurnAboutZMovesVoxelsByMillimetresNotIndices()
    {
        // y voxels are twice as long as x voxels: the point 2 x-voxels (2 mm) right of the centre
        // turns to 2 mm above it, which is 1 y-voxel.
        var augmenter = new RandomAffine(new RandomAffineOptions { VoxelSpacingMm = [1, 2, 1] });
        var sample = Samples.Random("case", 1, 5, 5, seed: 3);

        var result = augmenter.Apply(sample, AffineParameters.Identity with { RotationZ = 90 });

        Assert.Equal(Samples.At(sample, sample.Image, 4, 2, 0), Samples.At(result, result.Image, 2, 3, 0), 5);
        Assert.Equal(Samples.At(sample, sample.Mask, 2, 2, 0), Samples.At(result, result.Mask, 2, 2, 0));
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public void MaskTransformedWithItsImageStaysAligned(int seed)
    {
        // Image = mask = a solid ellipsoid; the linearly interpolated image thresholded at 0.5 and
        // the nearest-neighbour mask may differ only at the boundary.
        var sample = Samples.Ellipsoid(16, 48, 48, rx: 12, ry: 9, rz: 5);

        var result = PaperAugmenter.Apply(sample, new Random(seed));

        var fromImage = result.Image.Select(value => value >= 0.5f).ToArray();
        var fromMask = result.Mask.Select(value => value == 1f).ToArray();
        var overlap = fromImage.Zip(fromMask).Count(pair => pair.First && pair.Second);
        var dice = 2.0 * overlap / (fromImage.Count(set => set) + fromMask.Count(set => set));
        Assert.True(dice > 0.95, $"image and mask disagree: Dice {dice:F3}");
        Assert.All(result.Mask, value => Assert.True(value is 0f or 1f));
        Assert.NotEqual(sample.Mask, result.Mask);
    }

    [Fact]
    public void DrawnParametersStayWithinTheirRangesAndSpanThem()
    {
        var random = new Random(21);
        var draws = Enumerable.Range(0, 5000).Select(_ => PaperAugmenter.Draw(random)).ToList();

        AssertSpans(draws.Select(draw => draw.RotationX), -5, 5);
        AssertSpans(draws.Select(draw => draw.RotationY), -5, 5);
        AssertSpans(draws.Select(draw => draw.RotationZ), -5, 5);
        AssertSpans(draws.Select(draw => draw.Scale), 0.9, 1.1);
        AssertSpans(draws.Select(draw => draw.TranslationX), -0.1, 0.1);
        AssertSpans(draws.Select(draw => draw.TranslationY), -0.1, 0.1);
        AssertSpans(draws.Select(draw => draw.TranslationZ), -0.1, 0.1);
    }

    [Fact]
    public void TheSameSeedRepeatsTheTransformAndAnotherSeedChangesIt()
    {
        var sample = Samples.Ellipsoid(8, 24, 24, rx: 6, ry: 5, rz: 3);

        var first = PaperAugmenter.Apply(sample, new Random(7));
        var again = PaperAugmenter.Apply(sample, new Random(7));
        var other = PaperAugmenter.Apply(sample, new Random(8));

        Assert.Equal(first.Image, again.Image);
        Assert.Equal(first.Mask, again.Mask);
        Assert.NotEqual(first.Image, other.Image);
    }

    [Fact]
    public void ScaleOfOneOrMoreIsRejectedNamingTheOption()
    {
        var error = Assert.Throws<ArgumentException>(() => new RandomAffine(new RandomAffineOptions { Scale = 1.5 }));

        Assert.Contains("scale is 1.5", error.Message);
    }

    private static void AssertSpans(IEnumerable<double> values, double lowest, double highest)
    {
        var list = values.ToList();
        var margin = (highest - lowest) * 0.01;
        Assert.All(list, value => Assert.InRange(value, lowest, highest));
        Assert.InRange(list.Min(), lowest, lowest + margin);
        Assert.InRange(list.Max(), highest - margin, highest);
    }
}
