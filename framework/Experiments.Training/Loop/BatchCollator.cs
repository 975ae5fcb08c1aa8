using Experiments.Contracts.Augmentation;
using static TorchSharp.torch;

namespace Experiments.Training.Loop;

/// <summary>Stacks samples of one grid size into a <see cref="Batch"/> on the training device.</summary>
public sealed class BatchCollator(IReadOnlyList<TrainingTask> tasks, Device device)
{
    public Batch Collate(IReadOnlyList<TrainingSample> samples)
    {
        var first = samples[0];
        var mismatch = samples.FirstOrDefault(s => (s.Depth, s.Height, s.Width) != (first.Depth, first.Height, first.Width));
        if (mismatch is not null)
        {
            throw new InvalidDataException(
                $"Cases '{first.CaseId}' ({Describe(first)}) and '{mismatch.CaseId}' ({Describe(mismatch)}) " +
                "cannot share a batch: all samples must have one grid size (resample them in preprocessing).");
        }

        long[] volumeShape = [samples.Count, 1, first.Depth, first.Height, first.Width];
        var image = Stack(samples, s => s.Image, volumeShape);
        var targets = tasks.ToDictionary(task => task.Name, task => TargetOf(task, samples, volumeShape));
        return new Batch(image, targets, samples.Select(s => s.CaseId).ToArray());
    }

    private Tensor TargetOf(TrainingTask task, IReadOnlyList<TrainingSample> samples, long[] volumeShape)
    {
        if (task.Target == TaskTarget.Mask)
        {
            return Stack(samples, s => s.Mask, volumeShape);
        }

        var label = task.Label ?? task.Name;
        var values = samples.Select(s => s.Labels.TryGetValue(label, out var value)
            ? value
            : throw new KeyNotFoundException(
                $"Case '{s.CaseId}' has no label '{label}' for task '{task.Name}'; it has: " +
                string.Join(", ", s.Labels.Keys))).ToArray();
        return tensor(values, [samples.Count, 1], device: device);
    }

    private Tensor Stack(IReadOnlyList<TrainingSample> samples, Func<TrainingSample, float[]> select, long[] shape)
    {
        var voxels = samples[0].Depth * samples[0].Height * samples[0].Width;
        var data = new float[samples.Count * voxels];
        for (var i = 0; i < samples.Count; i++)
        {
            var source = select(samples[i]);
            if (source.Length != voxels)
            {
                throw new InvalidDataException(
                    $"Case '{samples[i].CaseId}' declares {Describe(samples[i])} but holds {source.Length} values.");
            }

            source.CopyTo(data, i * voxels);
        }

        return tensor(data, shape, device: device);
    }

    private static string Describe(TrainingSample sample) => $"{sample.Depth} x {sample.Height} x {sample.Width}";
}
