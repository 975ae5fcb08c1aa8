using System.Diagnostics;
using Experiments.Contracts.Augmentation;
using Experiments.Contracts.Events;
using Experiments.Contracts.Models;
using Experiments.Training.Augmentation;
using Experiments.Training.Checkpoints;
using Experiments.Training.Data;
using Experiments.Training.Evaluation;
using Experiments.Training.Schedules;
using Experiments.Training.Timing;
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
    private readonly IReadOnlyList<TrainingSample> _trainingSet;
    private readonly AugmentationQueue _queue;
    private readonly OptimizationStep _step;
    private readonly Validator _validator;
    private readonly Device _device;

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
        _device = device;
        _trainingSet = new SampleSetList(setup.TrainingSet);
        _queue = new AugmentationQueue(setup.Augmenters, setup.Training.Seed);
        RequireItems(setup);
        var collator = new BatchCollator(setup.Tasks, device);
        _step = new OptimizationStep(setup.Network, setup.Tasks, setup.Weighting, optimizer, collator);
        var predictor = new Predictor(setup.Network.Module, setup.Tasks, device);
        _validator = new Validator(predictor, setup.Tasks, setup.Training.Threshold, logger);
    }

    /// <summary>How long the epochs left and the evaluation will take, from a few timed passes.</summary>
    public RunDurationEstimate EstimateDuration(nn.Module<Tensor, TaskOutputs> model, int epochsLeft) =>
        new StepTimer(model, _setup.Tasks, _device).Estimate(_setup, _queue.Multiplier, epochsLeft);

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

    /// <summary>
    /// The queue yields the same items in the same order for a given (seed, epoch), so a run resumed
    /// mid-epoch skips the items already trained on and continues with exactly the next ones.
    /// </summary>
    private bool TrainEpoch(TrainerState state, CancellationToken cancellation)
    {
        var epochLength = _trainingSet.Count * _queue.Multiplier;
        var itemsPerStep = _setup.Training.BatchSize * _setup.Training.GradientAccumulation;
        using var items = _queue.Epoch(_trainingSet, state.Epoch).Skip(state.Position).GetEnumerator();
        while (state.Position < epochLength)
        {
            if (cancellation.IsCancellationRequested)
            {
                return false;
            }

            var count = Math.Min(itemsPerStep, epochLength - state.Position);
            var microBatches = TakeMicroBatches(items, count);
            var rate = _schedule.LearningRateAt(new TrainingClock(state.Epoch, (double)state.Position / epochLength));
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

    private List<TrainingSample[]> TakeMicroBatches(IEnumerator<TrainingSample> items, int count)
    {
        var batches = new List<TrainingSample[]>();
        for (var offset = 0; offset < count; offset += _setup.Training.BatchSize)
        {
            var batch = new TrainingSample[Math.Min(_setup.Training.BatchSize, count - offset)];
            for (var i = 0; i < batch.Length; i++)
            {
                batch[i] = items.MoveNext()
                    ? items.Current
                    : throw new InvalidOperationException("The augmentation queue ended before the epoch did.");
            }

            batches.Add(batch);
        }

        return batches;
    }

    private static void RequireItems(TrainingSetup setup)
    {
        if (setup.TrainingSet.Count == 0)
        {
            throw new ArgumentException("The training set is empty; the trainer needs at least one case.");
        }

        var invalid = setup.Augmenters.FirstOrDefault(augmenter => augmenter.Multiplier < 1);
        if (invalid is not null)
        {
            throw new ArgumentException(
                $"Augmenter {invalid.GetType().Name} has multiplier {invalid.Multiplier}; it must be at least 1.");
        }
    }

    private bool EndEpoch(TrainerState state, TimeSpan trainingTime)
    {
        var epoch = state.Epoch;
        var metrics = state.EpochSums.ToDictionary(pair => "train." + pair.Key, pair => pair.Value / state.EpochSteps);
        var taskLosses = _setup.Tasks.ToDictionary(
            task => task.Name, task => metrics[MetricNames.TrainTaskLoss(task.Name)]);
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
            metrics.GetValueOrDefault(MetricNames.TrainLoss, double.NaN),
            metrics.GetValueOrDefault(MetricNames.ValidationLoss, double.NaN),
            metrics.GetValueOrDefault(MetricNames.ValidationDice, double.NaN));
}
