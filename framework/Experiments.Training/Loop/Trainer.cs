using Experiments.Contracts.Augmentation;
using Experiments.Contracts.Events;
using Experiments.Training.Checkpoints;
using Experiments.Training.Data;
using Experiments.Training.Evaluation;
using Experiments.Training.Schedules;
using Experiments.Training.Timing;
using Microsoft.Extensions.Logging;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Experiments.Training.Loop;

/// <summary>
/// Trains a multi-task network epoch by epoch: steps over the (augmented, shuffled) training set,
/// validation after every epoch, a checkpoint after every epoch and at cancellation, events for
/// observers throughout. Knows nothing of tracking servers or consoles.
/// </summary>
public sealed class Trainer
{
    private readonly TrainingSetup _setup;
    private readonly ObserverHub _hub;
    private readonly ILogger _logger;
    private readonly CheckpointStore _checkpoints;

    public Trainer(TrainingSetup setup, IReadOnlyList<ITrainingObserver> observers, ILogger logger)
    {
        setup.Training.Validate();
        _setup = setup;
        _logger = logger;
        _hub = new ObserverHub(observers, logger);
        _checkpoints = new CheckpointStore(Path.Combine(setup.OutputFolder, "checkpoints"), setup.CheckpointCompanions);
    }

    /// <summary>
    /// Runs to the last epoch, or until <paramref name="cancellation"/> fires (checkpoint saved, run
    /// killed) or a loss turns non-finite (run failed, last checkpoint kept). <paramref name="resumeFrom"/>
    /// is a checkpoint folder to continue from.
    /// </summary>
    public TrainingResult Run(CancellationToken cancellation, string? resumeFrom = null)
    {
        var device = DeviceSelection.Resolve(_setup.Training.Device);
        var model = _setup.Network.Module;
        model.to(device);
        using var optimizer = _setup.Optimizer.Create(model.parameters().Concat(_setup.Weighting.Parameters));
        var schedule = _setup.Schedule.Create(_setup.Optimizer.LearningRate, _setup.Training.Epochs);
        var state = resumeFrom is null ? StartFresh() : Resume(resumeFrom, optimizer, schedule);

        _hub.Publish(new RunStarted(_setup.RunName, _setup.Parameters, _setup.Tags, state.TrackingRunId));
        state.TrackingRunId ??= _hub.TrackingRunId;
        _logger.LogInformation(
            "Training {Run} on {Device} from epoch {Epoch}, step {Step}",
            _setup.RunName,
            device.type,
            state.Epoch,
            state.Step);

        var run = new EpochRunner(_setup, optimizer, schedule, device, _hub, _logger);
        LogDurationEstimate(run.EstimateDuration(model, _setup.Training.Epochs - state.Epoch), device);
        try
        {
            return Finish(run.TrainUntilDone(state, model, cancellation, Save), state);
        }
        catch (NonFiniteLossException exception)
        {
            _logger.LogError("{Reason}", exception.Message);
            return End(RunOutcome.Failed, exception.Message, state);
        }
        catch (Exception exception)
        {
            _hub.Publish(new RunEnded(RunOutcome.Failed, exception.Message));
            throw;
        }

        void Save(bool isBest)
        {
            // The tracker opens its run in the background, so its id may arrive after RunStarted.
            state.TrackingRunId ??= _hub.TrackingRunId;
            state.ScheduleState = new Dictionary<string, double>(schedule.SaveState());
            state.WeightingParameters = _setup.Weighting.Parameters
                .Select((parameter, index) => (index, values: parameter.cpu().data<float>().ToArray()))
                .ToDictionary(pair => pair.index.ToString(), pair => pair.values);
            state.TorchRandomState = ReadTorchRandomState();
            _checkpoints.SaveLast(state, model, optimizer);
            if (isBest)
            {
                _checkpoints.PromoteLastToBest();
            }
        }
    }

    private void LogDurationEstimate(RunDurationEstimate estimate, Device device) =>
        _logger.LogInformation(
            "Estimated time on {Device}: {Total} ({Batches} training steps of {StepSeconds:F2} s and " +
            "{ValidationCases} validation cases of {ValidationSeconds:F2} s per epoch, {Epochs} epochs, then the " +
            "evaluation)",
            device.type,
            RunDurationEstimate.Readable(estimate.Total),
            estimate.BatchesPerEpoch,
            estimate.TrainingBatch.TotalSeconds,
            estimate.ValidationCases,
            estimate.ValidationCase.TotalSeconds,
            estimate.Epochs);

    private TrainingResult Finish(bool completed, TrainerState state)
    {
        if (completed)
        {
            return End(RunOutcome.Finished, null, state);
        }

        var reason = $"Interrupted at epoch {state.Epoch}, step {state.Step}; resume from {_checkpoints.LastPath}.";
        _logger.LogWarning("{Reason}", reason);
        return End(RunOutcome.Killed, reason, state);
    }

    private TrainingResult End(RunOutcome outcome, string? reason, TrainerState state)
    {
        _hub.Publish(new RunEnded(outcome, reason));
        return new TrainingResult(
            outcome, reason, state.Epoch, state.Step, state.BestMetric, _checkpoints.LastPath, _checkpoints.BestPath);
    }

    private TrainerState StartFresh()
    {
        manual_seed(_setup.Training.Seed);
        return new TrainerState { Seed = _setup.Training.Seed };
    }

    private TrainerState Resume(string checkpoint, OptimizerHelper optimizer, LearningRateSchedule schedule)
    {
        var state = CheckpointStore.Load(checkpoint, _setup.Network.Module, optimizer);
        if (state.Seed != _setup.Training.Seed)
        {
            throw new InvalidOperationException(
                $"Checkpoint '{checkpoint}' was trained with seed {state.Seed}, the experiment now says " +
                $"{_setup.Training.Seed}; resuming would not continue the same run. Restore the seed or start afresh.");
        }

        schedule.RestoreState(state.ScheduleState);
        RestoreWeightingParameters(state);
        foreach (var losses in state.TaskLossHistory)
        {
            _setup.Weighting.EpochCompleted(losses);
        }

        using (var saved = tensor(state.TorchRandomState, dtype: ScalarType.Byte))
        {
            set_rng_state(saved);
        }

        _logger.LogInformation("Resuming from {Checkpoint}", checkpoint);
        return state;
    }

    private void RestoreWeightingParameters(TrainerState state)
    {
        using var noGrad = no_grad();
        var parameters = _setup.Weighting.Parameters;
        for (var i = 0; i < parameters.Count; i++)
        {
            using var saved = tensor(state.WeightingParameters[i.ToString()], parameters[i].shape);
            parameters[i].copy_(saved);
        }
    }

    private static byte[] ReadTorchRandomState()
    {
        using var current = get_rng_state();
        return current.data<byte>().ToArray();
    }
}
