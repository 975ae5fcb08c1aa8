using Experiments.Configuration.Schema;
using Experiments.Contracts.Models;
using Experiments.Plugins.Hosting;
using Experiments.Runner.Cases;
using Experiments.Training.Data;
using Experiments.Training.Loop;
using Experiments.Training.Schedules;

namespace Experiments.Runner.Setup;

/// <summary>Builds the trainer's setup from a prepared experiment and its preprocessed cases.</summary>
public static class TrainingSetupFactory
{
    public static TrainingSetup Create(
        PreparedExperiment experiment,
        IMultiTaskNetwork network,
        IReadOnlyList<TrainingTask> tasks,
        PreparedCases cases,
        string output,
        string? runName)
    {
        var config = experiment.Experiment.Config;
        var checkpointing = config.Training.Checkpointing;
        var training = new TrainingSettings
        {
            Epochs = config.Training.Epochs,
            BatchSize = config.Training.BatchSize,
            GradientAccumulation = config.Training.GradientAccumulation,
            Seed = config.Seed,
            Device = DeviceOf(config.Training.Device),
            Threshold = config.Evaluation.Threshold,
            BestMetric = checkpointing.BestMetric,
            BestMetricMode = checkpointing.BestMode == MetricGoal.Max ? PlateauMode.Max : PlateauMode.Min,
        };
        var learningRate = ScheduleTranslation.BaseLearningRate(config.Schedule, config.Optimizer);
        return new TrainingSetup(
            network,
            experiment.Components.LossWeighting,
            tasks,
            new InMemorySampleSet(cases.Training),
            new InMemorySampleSet(cases.Validation),
            training,
            OptimizerTranslation.ToSettings(config.Optimizer, learningRate),
            ScheduleTranslation.ToSettings(config.Schedule),
            output,
            runName ?? config.Name)
        {
            Augmenters = experiment.Components.Augmenters,
            Parameters = experiment.Experiment.ToParameters(),
            Tags = experiment.Components.Versions.ToDictionary(pair => ComponentTag(pair.Key), pair => pair.Value),
        };
    }

    public static DeviceChoice DeviceOf(Device device) => device switch
    {
        Device.Cpu => DeviceChoice.Cpu,
        Device.Cuda => DeviceChoice.Cuda,
        _ => DeviceChoice.Auto,
    };

    /// <summary><c>preprocessing[2]</c> becomes <c>experiments.component.preprocessing.2</c>: MLflow keys take no
    /// brackets.</summary>
    private static string ComponentTag(string path) =>
        "experiments.component."
        + path.Replace("[", ".", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal);
}
