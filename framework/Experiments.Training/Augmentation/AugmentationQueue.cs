using Experiments.Contracts.Augmentation;

namespace Experiments.Training.Augmentation;

/// <summary>
/// Produces an epoch of augmented samples on background workers while the trainer consumes them.
/// The epoch holds every case M times (M = the product of the augmenters' multipliers), in an
/// order shuffled from (seed, epoch); each variant draws from its own Random seeded from (seed,
/// epoch, case, variant), so the sequence is the same whatever the number of workers or their
/// timing. At most <c>capacity</c> finished or running items wait ahead of the consumer.
/// </summary>
public sealed class AugmentationQueue
{
    private readonly IReadOnlyList<IAugmenter> augmenters;
    private readonly int seed;
    private readonly int workers;
    private readonly int capacity;

    public AugmentationQueue(IReadOnlyList<IAugmenter> augmenters, int seed, int workers = 2, int capacity = 4)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        this.augmenters = augmenters;
        this.seed = seed;
        this.workers = workers;
        this.capacity = capacity;
    }

    /// <summary>Variants of each case per epoch.</summary>
    public int Multiplier => augmenters.Aggregate(1, (product, augmenter) => product * augmenter.Multiplier);

    public IEnumerable<TrainingSample> Epoch(IReadOnlyList<TrainingSample> samples, int epoch)
    {
        var items = EpochPlan.Shuffled(samples.Count, Multiplier, new Random(SeedMixer.Mix(seed, epoch, -1, -1)));
        if (augmenters.Count == 0)
        {
            return items.Select(item => samples[item.Case]);
        }

        return Produce(samples, items, epoch);
    }

    private IEnumerable<TrainingSample> Produce(IReadOnlyList<TrainingSample> samples, EpochItem[] items, int epoch)
    {
        using var run = new WorkerRun(items.Length, capacity, index => Augment(samples, items[index], epoch));
        run.Start(workers);
        for (var index = 0; index < items.Length; index++)
        {
            yield return run.Take(index);
        }
    }

    private TrainingSample Augment(IReadOnlyList<TrainingSample> samples, EpochItem item, int epoch)
    {
        var sample = samples[item.Case];
        var random = new Random(SeedMixer.Mix(seed, epoch, item.Case, item.Variant));
        try
        {
            return augmenters.Aggregate(sample, (current, augmenter) => augmenter.Apply(current, random));
        }
        catch (Exception error)
        {
            throw new AugmentationException(sample.CaseId, item.Variant, error);
        }
    }
}
