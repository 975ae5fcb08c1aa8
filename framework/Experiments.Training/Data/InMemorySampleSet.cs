using Experiments.Contracts.Augmentation;

namespace Experiments.Training.Data;

/// <summary>Samples already held in memory (small sets, tests, benchmarks).</summary>
public sealed class InMemorySampleSet(IReadOnlyList<TrainingSample> samples) : ISampleSet
{
    public int Count => samples.Count;

    public TrainingSample Get(int index) => samples[index];
}
