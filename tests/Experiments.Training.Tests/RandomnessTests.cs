using Experiments.Training.Data;
using Experiments.Training.Randomness;

namespace Experiments.Training.Tests;

public sealed class RandomnessTests
{
    [Fact]
    public void A_derived_generator_repeats_its_numbers_for_the_same_counters_and_differs_for_others()
    {
        var first = Xoshiro256Random.For(42, RandomStream.Augmentation, 3, 17);
        var again = Xoshiro256Random.For(42, RandomStream.Augmentation, 3, 17);
        var next = Xoshiro256Random.For(42, RandomStream.Augmentation, 3, 18);

        var drawn = Enumerable.Range(0, 5).Select(_ => first.NextDouble()).ToArray();

        Assert.Equal(drawn, Enumerable.Range(0, 5).Select(_ => again.NextDouble()));
        Assert.NotEqual(drawn, Enumerable.Range(0, 5).Select(_ => next.NextDouble()));
        Assert.All(drawn, value => Assert.InRange(value, 0, 1 - 1e-16));
    }

    [Fact]
    public void Bounded_draws_stay_in_range_and_cover_it()
    {
        var random = new Xoshiro256Random(5);

        var values = Enumerable.Range(0, 2000).Select(_ => random.Next(-3, 4)).ToArray();

        Assert.Equal(Enumerable.Range(-3, 7), values.Distinct().Order());
    }

    [Fact]
    public void An_epoch_order_visits_every_variant_once_and_depends_only_on_seed_and_epoch()
    {
        var order = EpochOrder.Build(seed: 1, epoch: 4, caseCount: 5, multiplier: 3);

        Assert.Equal(Enumerable.Range(0, 5).SelectMany(c => Enumerable.Repeat(c, 3)), order.Order());
        Assert.Equal(order, EpochOrder.Build(1, 4, 5, 3));
        Assert.NotEqual(order, EpochOrder.Build(1, 5, 5, 3));
    }
}
