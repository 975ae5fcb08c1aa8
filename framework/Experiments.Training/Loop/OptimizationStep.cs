using System.Globalization;
using Experiments.Contracts.Augmentation;
using Experiments.Contracts.Losses;
using Experiments.Contracts.Models;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Experiments.Training.Loop;

/// <summary>
/// One optimizer update over one or more micro-batches (gradient accumulation). Every tensor made
/// for a micro-batch lives in a dispose scope that ends with it; only the scalars leave.
/// </summary>
internal sealed class OptimizationStep(
    IMultiTaskNetwork network,
    IReadOnlyList<TrainingTask> tasks,
    ILossWeighting weighting,
    OptimizerHelper optimizer,
    BatchCollator collator)
{
    public Dictionary<string, double> Run(IReadOnlyList<TrainingSample[]> microBatches, int epoch, long step, double rate)
    {
        foreach (var group in optimizer.ParamGroups)
        {
            group.LearningRate = rate;
        }

        optimizer.zero_grad();
        var weightingStep = new WeightingStep(epoch, step, network.SharedParameters);
        var metrics = new Dictionary<string, double>();
        foreach (var samples in microBatches)
        {
            AccumulateGradients(samples, weightingStep, microBatches.Count, metrics, epoch);
        }

        optimizer.step();
        foreach (var (task, weight) in weighting.CurrentWeights)
        {
            metrics[MetricNames.Weight(task)] = weight;
        }

        metrics[MetricNames.LearningRate] = rate;
        return metrics;
    }

    private void AccumulateGradients(
        TrainingSample[] samples, WeightingStep weightingStep, int count, Dictionary<string, double> metrics, int epoch)
    {
        using var scope = NewDisposeScope();
        using var batch = collator.Collate(samples);
        using var outputs = network.Module.forward(batch.Image);
        var taskLosses = tasks.ToDictionary(task => task.Name, task => task.Loss(outputs[task.Name], batch.Targets[task.Name]));
        var total = weighting.Combine(taskLosses, weightingStep);
        var values = taskLosses.ToDictionary(pair => MetricNames.TaskLoss(pair.Key), pair => (double)pair.Value.item<float>());
        values[MetricNames.Loss] = total.item<float>();
        if (values.Values.Any(value => !double.IsFinite(value)))
        {
            var detail = string.Join(", ", values.Select(p => $"{p.Key} = {p.Value.ToString(CultureInfo.InvariantCulture)}"));
            throw new NonFiniteLossException(weightingStep.Step, epoch, detail);
        }

        (total / count).backward();
        foreach (var (key, value) in values)
        {
            metrics[key] = metrics.GetValueOrDefault(key) + (value / count);
        }
    }
}
