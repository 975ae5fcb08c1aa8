namespace Experiments.Training.Randomness;

/// <summary>What a derived generator is used for, so different uses never share numbers.</summary>
public enum RandomStream
{
    EpochOrder = 1,
    Augmentation = 2,
}
