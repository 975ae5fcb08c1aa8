using System.ComponentModel.DataAnnotations;
using Experiments.Contracts.Augmentation;
using RandomFlipPlugin;

namespace Experiments.Samples.Tests;

public class RandomFlipTests
{
    // Image: 2 x 2 x 3 values holding their own index. Mask: a single 1 where the image holds 0.
    private static TrainingSample Sample() => new(
        "case-7", Depth: 2, Height: 2, Width: 3,
        Image: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
        Mask: [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
        Labels: new Dictionary<string, float> { ["expansion"] = 1 });

    private static RandomFlip Flip(double probability, params FlipAxis[] axes) =>
        new(new RandomFlipOptions { Axes = [.. axes], Probability = probability });

    [Fact]
    public void Image_and_mask_are_mirrored_together_and_the_labels_kept()
    {
        var flip = Flip(1, FlipAxis.LeftRight, FlipAxis.SuperiorInferior);

        var flipped = flip.Apply(Sample(), new Random(1));

        Assert.Equal([8, 7, 6, 11, 10, 9, 2, 1, 0, 5, 4, 3], flipped.Image);
        Assert.Equal([0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0], flipped.Mask);
        Assert.Equal(("case-7", 2, 2, 3), (flipped.CaseId, flipped.Depth, flipped.Height, flipped.Width));
        Assert.Equal(1, flipped.Labels["expansion"]);
    }

    [Fact]
    public void Probability_zero_never_mirrors()
    {
        var flip = Flip(0, FlipAxis.LeftRight, FlipAxis.AnteriorPosterior, FlipAxis.SuperiorInferior);
        var random = new Random(5);
        var sample = Sample();

        Assert.All(Enumerable.Range(0, 200), _ => Assert.Same(sample, flip.Apply(sample, random)));
    }

    [Fact]
    public void Probability_one_always_mirrors_every_listed_axis()
    {
        var flip = Flip(1, FlipAxis.AnteriorPosterior);
        var random = new Random(5);

        Assert.All(Enumerable.Range(0, 200), _ =>
            Assert.Equal([3, 4, 5, 0, 1, 2, 9, 10, 11, 6, 7, 8], flip.Apply(Sample(), random).Image));
    }

    [Fact]
    public void Each_listed_axis_is_mirrored_on_its_own_with_the_given_probability()
    {
        // Given two axes at 0.5, 4000 seeded variants: none, x only, y only and both ~1000 each
        var flip = Flip(0.5, FlipAxis.LeftRight, FlipAxis.AnteriorPosterior);
        var random = new Random(11);

        // The image's first value tells the outcome: 0 unchanged, 2 x mirrored, 3 y mirrored, 5 both.
        var outcomes = Enumerable.Range(0, 4000)
            .Select(_ => flip.Apply(Sample(), random).Image[0])
            .CountBy(first => first)
            .ToDictionary();

        // Then each is within 10% of 1000 (three standard deviations are 8%)
        Assert.Equal([0f, 2f, 3f, 5f], outcomes.Keys.Order());
        Assert.All(outcomes.Values, count => Assert.InRange(count, 900, 1100));
    }

    [Fact]
    public void The_same_seed_gives_the_same_variants()
    {
        var flip = Flip(0.5, FlipAxis.LeftRight, FlipAxis.SuperiorInferior);

        float[] Firsts(int seed)
        {
            var random = new Random(seed);
            return Enumerable.Range(0, 20).Select(_ => flip.Apply(Sample(), random).Image[0]).ToArray();
        }

        Assert.Equal(Firsts(3), Firsts(3));
    }

    [Fact]
    public void Multiplier_comes_from_the_options()
    {
        var flip = new RandomFlip(new RandomFlipOptions { Multiplier = 4 });

        Assert.Equal(4, flip.Multiplier);
    }

    [Fact]
    public void A_sample_whose_mask_does_not_fit_its_shape_is_refused_naming_the_case()
    {
        var sample = Sample() with { Mask = [1, 0] };

        var error = Assert.Throws<ArgumentException>(() => Flip(1, FlipAxis.LeftRight).Apply(sample, new Random(1)));

        Assert.StartsWith("random-flip: case 'case-7' mask: 2 values cannot be a 2 x 2 x 3 volume.", error.Message);
    }

    [Fact]
    public void Options_refuse_a_probability_above_one_no_axes_and_a_repeated_axis()
    {
        Assert.Equal(["Probability"], Problems(new RandomFlipOptions { Probability = 2 }));
        Assert.Equal(["Axes"], Problems(new RandomFlipOptions { Axes = [] }));
        Assert.Equal(["Axes"], Problems(new RandomFlipOptions { Axes = [FlipAxis.LeftRight, FlipAxis.LeftRight] }));
        Assert.Empty(Problems(new RandomFlipOptions()));
    }

    private static IEnumerable<string> Problems(RandomFlipOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results.SelectMany(result => result.MemberNames);
    }
}
