using System.Collections;
using Experiments.Contracts.Augmentation;

namespace Experiments.Training.Data;

/// <summary>An <see cref="ISampleSet"/> seen as a list, which the augmentation queue reads.</summary>
internal sealed class SampleSetList(ISampleSet samples) : IReadOnlyList<TrainingSample>
{
    public int Count => samples.Count;

    public TrainingSample this[int index] => samples.Get(index);

    public IEnumerator<TrainingSample> GetEnumerator()
    {
        for (var i = 0; i < samples.Count; i++)
        {
            yield return samples.Get(i);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
