using Experiments.Contracts.Augmentation;
using Experiments.Training.Randomness;

namespace Experiments.Training.Data;

/// <summary>
/// The training items of an epoch: cases from the set in <see cref="EpochOrder"/>, each passed through
/// the augmenters in turn with a generator derived from (seed, epoch, position). Item n of epoch e is
/// therefore the same whichever thread builds it and whether or not the run was resumed.
/// </summary>
public sealed class AugmentedSamples
{
    private readonly ISampleSet _samples;
    private readonly IReadOnlyList<IAugmenter> _augmenters;
    private readonly long _seed;

    public AugmentedSamples(ISampleSet samples, IReadOnlyList<IAugmenter> augmenters, long seed)
    {
        if (samples.Count == 0)
        {
            throw new ArgumentException("The training set is empty; the trainer needs at least one case.");
        }

        var invalid = augmenters.FirstOrDefault(augmenter => augmenter.Multiplier < 1);
        if (invalid is not null)
        {
            throw new ArgumentException(
                $"Augmenter {invalid.GetType().Name} has multiplier {invalid.Multiplier}; it must be at least 1.");
        }

        _samples = samples;
        _augmenters = augmenters;
        _seed = seed;
        Multiplier = augmenters.Aggregate(1, (product, augmenter) => product * augmenter.Multiplier);
    }

    /// <summary>How many variants of each case an epoch holds: the product of the augmenters' multipliers.</summary>
    public int Multiplier { get; }

    public int ItemsPerEpoch => _samples.Count * Multiplier;

    public int[] OrderOf(int epoch) => EpochOrder.Build(_seed, epoch, _samples.Count, Multiplier);

    public TrainingSample Build(int caseIndex, int epoch, int position)
    {
        var sample = _samples.Get(caseIndex);
        if (_augmenters.Count == 0)
        {
            return sample;
        }

        var random = Xoshiro256Random.For(_seed, RandomStream.Augmentation, epoch, position);
        foreach (var augmenter in _augmenters)
        {
            sample = augmenter.Apply(sample, random);
        }

        return sample;
    }
}
