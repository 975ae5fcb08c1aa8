namespace Experiments.Contracts.Augmentation;

/// <summary>A random transformation of training samples; it must apply the same change to image and mask.</summary>
public interface IAugmenter
{
    /// <summary>How many augmented variants of each case one epoch holds (the paper: 10).</summary>
    int Multiplier { get; }

    /// <summary>Returns a transformed copy; all randomness is drawn from <paramref name="random"/>.</summary>
    TrainingSample Apply(TrainingSample sample, Random random);
}
