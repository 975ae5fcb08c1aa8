using Experiments.Contracts.Augmentation;

namespace Experiments.Training.Data;

/// <summary>
/// The preprocessed cases the trainer reads, by index. Implementations may load lazily (the
/// preprocessing cache); <see cref="Get"/> may be called from a background thread.
/// </summary>
public interface ISampleSet
{
    int Count { get; }

    TrainingSample Get(int index);
}
