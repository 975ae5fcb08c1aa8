using Experiments.Contracts.Events;
using Experiments.Data.Preprocessing;
using Experiments.Plugins.Hosting;
using Experiments.Runner.Cases;
using Experiments.Runner.Evaluation;
using Experiments.Runner.Prediction;
using Experiments.Runner.Setup;
using Experiments.Training.Checkpoints;
using Experiments.Training.Loop;
using Microsoft.Extensions.Logging;
using static TorchSharp.torch;

namespace Experiments.Runner;

/// <summary>
/// Runs a prepared experiment end to end: preprocess the dataset (cached), train with the
/// experiment's components, evaluate the best checkpoint on the validation cases and log it all
/// to the tracking store through the observers. Throws when the run does not finish.
/// </summary>
public sealed class ExperimentRunner(
    ILoggerFactory loggers,
    RunRequest request,
    Func<PreparedExperiment, ITrainingObserver?>? trackerFactory = null,
    IProgress<PreprocessingProgress>? preprocessingProgress = null) : IExperimentRunner
{
    private readonly ILogger _logger = loggers.CreateLogger<ExperimentRunner>();

    public async Task RunAsync(
        PreparedExperiment experiment, ITrainingObserver observer, CancellationToken cancellation)
    {
        var config = experiment.Experiment.Config;
        var output = Path.GetFullPath(config.Training.Checkpointing.Folder);
        Directory.CreateDirectory(output);
        var cases = await new CasePreparation(loggers).PrepareAsync(
            config.Data, ExperimentParts.PipelineSteps(experiment), ExperimentParts.ClassificationLabel(config),
            preprocessingProgress, cancellation);

        var tracker = trackerFactory?.Invoke(experiment);
        var observers = tracker is null ? new[] { observer } : [tracker, observer];
        var events = new RunEventAdjuster(observers, request);
        try
        {
            await Task.Run(() => Train(experiment, cases, output, events, cancellation), CancellationToken.None);
        }
        finally
        {
            if (tracker is IAsyncDisposable disposable)
            {
                await disposable.DisposeAsync();
            }
        }
    }

    private void Train(
        PreparedExperiment experiment, PreparedCases cases, string output, RunEventAdjuster events,
        CancellationToken cancellation)
    {
        var config = experiment.Experiment.Config;
        manual_seed(config.Seed);
        var network = experiment.Components.Architecture.Build(inputChannels: 1);
        var tasks = TaskTranslation.ToTasks(config.Tasks, DatasetCaseSource.HematomaMask);
        var configFile = Path.Combine(output, CheckpointFiles.Experiment);
        File.WriteAllText(configFile, experiment.Experiment.ToYaml());
        var setup = TrainingSetupFactory.Create(experiment, network, tasks, cases, output, request.RunName)
            with { CheckpointCompanions = [configFile] };
        var trainer = new Trainer(setup, [events], loggers.CreateLogger<Trainer>());
        var resumeFrom = request.Resume && Directory.Exists(Path.Combine(output, "checkpoints", "last"))
            ? Path.Combine(output, "checkpoints", "last")
            : null;

        var result = trainer.Run(cancellation, resumeFrom);
        events.Forward(new ArtifactProduced(configFile, "config"));
        if (result.Outcome != RunOutcome.Finished)
        {
            events.ReleaseEnd();
            throw new RunNotFinishedException(result.Outcome, result.Reason ?? "the run stopped early");
        }

        try
        {
            CheckpointStore.Load(result.BestCheckpoint, network.Module, optimizer: null);
            new AfterTrainingEvaluation(loggers, events).Run(setup, cases, output, config);
            if (config.Evaluation.PredictScans.Count > 0)
            {
                var model = PredictionModel.Trained(result.BestCheckpoint, experiment, network.Module, tasks,
                    DeviceSelection.Resolve(setup.Training.Device));
                new AfterTrainingPrediction(loggers, events).Run(config.Evaluation.PredictScans, model, output);
            }

            events.ReleaseEnd();
        }
        catch (Exception error)
        {
            events.ReleaseEnd(new RunEnded(RunOutcome.Failed, "evaluation failed: " + error.Message));
            throw;
        }
    }
}
