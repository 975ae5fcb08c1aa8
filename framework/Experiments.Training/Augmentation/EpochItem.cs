namespace Experiments.Training.Augmentation;

/// <summary>One entry of an epoch: which case, and which of its augmented variants.</summary>
internal readonly record struct EpochItem(int Case, int Variant);
