using System.Diagnostics;
using Experiments.Contracts.Augmentation;
using Experiments.Contracts.Events;
using Experiments.Contracts.Models;
using Experiments.Training.Checkpoints;
using Experiments.Training.Data;
using Experiments.Training.Evaluation;
using Experiments.Training.Schedules;
using Microsoft.Extensions.Logging;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Experiments.Training.Loop;

/// <summary>
/// The epoch loop behind <see cref="Trainer"/>: steps from the saved position to the end of each
/// epoch, then validation, weighting and schedule updates, the epoch event and a checkpoint.
/// </summary>
internal sealed class EpochRunner
{
    private readonly TrainingSetup _setup;
    private readonly LearningRateSchedule _schedule;
    private readonly ObserverHub _hub;
    private readonly ILogger _logger;
    private readonly AugmentedSamples _items;
    private readonly OptimizationStep _step;
    private readonly Validator _validator;

    public EpochRunner(
        TrainingSetup setup,
        OptimizerHelper optimizer,
        LearningRateSchedule schedule,
        Device device,
        ObserverHub hub,
        ILogger logger)
    {
        _setup = setup;
        _schedule = schedule;
        _hub = hub;
        _logger = logger;
        _items = new AugmentedSamples(setup.TrainingSet, setup.Augmenters, setup.Training.Seed);
        var collator = new BatchCollator(setup.Tasks, device);
        _step = new OptimizationStep(setup.Network, setup.Tasks, setup.Weighting, optimizer, collator);
        var predictor = new Predictor(setup.Network.Module, setup.Tasks, device);
        _validator = new Validator(predictor, setup.Tasks, setup.Training.Threshold, logger);
    }

    /// <summary>True when all epochs are done, false when cancelled (after saving a checkpoint).</summary>
    public bool TrainUntilDone(
        TrainerState state, nn.Module<Tensor, TaskOutputs> model, CancellationToken cancellation, Action<bool> save)
    {
        model.train();
        while (state.Epoch < _setup.Training.Epochs)
        {
            var clock = Stopwatch.StartNew();
            if (!TrainEpoch(state, cancellation))
            {
                save(false);
                return false;
            }

            var isBest = EndEpoch(state, clock.Elapsed);
            save(isBest);
        }

        return true;
    }

    private bool TrainEpoch(TrainerState state, CancellationToken cancellation)
    {
        var order = _items.OrderOf(state.Epoch);
        var itemsPerStep = _setup.Training.BatchSize * _setup.Training.GradientAccumulation;
        while (state.Position < order.Length)
        {
            if (cancellation.IsCancellationRequested)
            {
                return false;
            }

            var count = Math.Min(itemsPerStep, order.Length - state.Position);
            var microBatches = BuildMicroBatches(order, state.Epoch, state.Position, count);
            var rate = _schedule.LearningRateAt(new TrainingClock(state.Epoch, (double)state.Position / order.Length));
            var metrics = _step.Run(microBatches, state.Epoch, state.Step + 1, rate);

            state.Step++;
            state.Position += count;
            state.EpochSteps++;
            foreach (var (key, value) in metrics)
            {
                state.EpochSums[key] = state.EpochSums.GetValueOrDefault(key) + value;
            }

            _hub.Publish(new StepCompleted(state.Step, state.Epoch, metrics));
        }

        return true;
    }

    private List<TrainingSample[]> BuildMicroBatches(int[] order, int epoch, int start, int count)
    {
        var batches = new List<TrainingSample[]>();
        for (var offset = 0; offset < count; offset += _setup.Training.BatchSize)
        {
            var size = Math.Min(_setup.Training.BatchSize, count - offset);
            batches.Add(Enumerable.Range(start + offset, size)
                .Select(position => _items.Build(order[position], epoch, position))
                .ToArray());
        }

        return batches;
    }

    private bool EndEpoch(TrainerState state, TimeSpan trainingTime)
    {
        var epoch = state.Epoch;
        var metrics = state.EpochSums.ToDictionary(pair => "train." + pair.Key, pair => pair.Value / state.EpochSteps);
        var taskLosses = _setup.Tasks.ToDictionary(task => task.Name, task => metrics["train." + MetricNames.TaskLoss(task.Name)]);
        var validation = _validator.Run(_setup.ValidationSet, _setup.Weighting.CurrentWeights);
        foreach (var (key, value) in validation)
        {
            metrics[key] = value;
        }

        metrics[MetricNames.EpochSeconds] = trainingTime.TotalSeconds;
        _setup.Weighting.EpochCompleted(taskLosses);
        _schedule.EpochCompleted(epoch, metrics);
        state.TaskLossHistory.Add(taskLosses);
        var isBest = IsImprovement(state, metrics);
        _hub.Publish(new EpochCompleted(epoch, state.Step, metrics));
        LogEpoch(epoch, metrics);

        state.Epoch++;
        state.Position = 0;
        state.EpochSteps = 0;
        state.EpochSums.Clear();
        return isBest;
    }

    private bool IsImprovement(TrainerState state, IReadOnlyDictionary<string, double> metrics)
    {
        if (!metrics.TryGetValue(_setup.Training.BestMetric, out var value) || double.IsNaN(value))
        {
            return false;
        }

        var better = state.BestMetric is not { } best
                     || (_setup.Training.BestMetricMode == PlateauMode.Max ? value > best : value < best);
        if (better)
        {
            state.BestMetric = value;
        }

        return better;
    }

    private void LogEpoch(int epoch, IReadOnlyDictionary<string, double> metrics) =>
        _logger.LogInformation(
            "Epoch {Epoch}/{Epochs}: train loss {TrainLoss:F4}, validation loss {ValidationLoss:F4}, Dice {Dice:F4}",
            epoch + 1,
            _setup.Training.Epochs,
            metrics.GetValueOrDefault("train." + MetricNames.Loss, double.NaN),
            metrics.GetValueOrDefault(MetricNames.ValidationLoss, double.NaN),
            metrics.GetValueOrDefault(MetricNames.ValidationDice, double.NaN));
}
