using Experiments.Data.Preprocessing;
using Experiments.Plugins.Hosting;
using Experiments.Runner.Cases;
using Experiments.Runner.Setup;
using Experiments.Training.Checkpoints;
using Experiments.Training.Evaluation;
using Experiments.Training.Loop;
using Microsoft.Extensions.Logging;
using Experiments.Contracts.Models;
using TorchSharp;
using static TorchSharp.torch;

namespace Experiments.Runner.Prediction;

/// <summary>
/// A trained model ready to predict: the checkpoint's weights in the network its own resolved
/// experiment describes, with that experiment's preprocessing, so prediction preprocesses a scan
/// exactly as training did.
/// </summary>
public sealed class PredictionModel
{
    private PredictionModel(
        string configFile, PreparedExperiment experiment, ScanPredictor predictor, IReadOnlyList<TrainingTask> tasks)
    {
        ConfigFile = configFile;
        Experiment = experiment;
        Predictor = predictor;
        Tasks = tasks;
        Steps = ExperimentParts.PipelineSteps(experiment);
    }

    /// <summary>The resolved experiment the weights were trained with.</summary>
    public string ConfigFile { get; }

    public PreparedExperiment Experiment { get; }

    public ScanPredictor Predictor { get; }

    public IReadOnlyList<TrainingTask> Tasks { get; }

    public IReadOnlyList<PipelineStep> Steps { get; }

    /// <summary>The probability above which a voxel counts as hematoma (<c>evaluation.threshold</c>).</summary>
    public double Threshold => Experiment.Experiment.Config.Evaluation.Threshold;

    /// <summary>
    /// Loads a checkpoint folder (<c>&lt;run&gt;/checkpoints/best</c>). Its experiment is the
    /// <c>resolved-config.yaml</c> inside it, else the one of the run folder it sits in.
    /// </summary>
    public static PredictionModel Load(string checkpoint, ILoggerFactory loggers)
    {
        var folder = Path.GetFullPath(checkpoint);
        var configFile = ConfigOf(folder);
        var experiment = new ExperimentSetup(loggers).Prepare(configFile, []).PreparedOrThrow();
        var config = experiment.Experiment.Config;
        var network = experiment.Components.Architecture.Build(inputChannels: 1);
        CheckpointStore.Load(folder, network.Module, optimizer: null);
        var device = DeviceSelection.Resolve(TrainingSetupFactory.DeviceOf(config.Training.Device));
        network.Module.to(device);
        var tasks = TaskTranslation.ToTasks(config.Tasks, DatasetCaseSource.HematomaMask);
        loggers.CreateLogger<PredictionModel>().LogInformation(
            "Predicting with {Checkpoint} ({Experiment}, {Config}) on {Device}",
            folder, config.Name, configFile, device.type);
        return new PredictionModel(configFile, experiment, new ScanPredictor(network.Module, tasks, device), tasks);
    }

    /// <summary>
    /// The network a run has just trained, holding its best checkpoint's weights: what
    /// <see cref="Load"/> gives for that checkpoint, without preparing the experiment's plugins again.
    /// </summary>
    public static PredictionModel Trained(
        string checkpoint, PreparedExperiment experiment, nn.Module<Tensor, TaskOutputs> network,
        IReadOnlyList<TrainingTask> tasks, Device device)
    {
        var configFile = Path.Combine(Path.GetFullPath(checkpoint), CheckpointFiles.Experiment);
        return new PredictionModel(configFile, experiment, new ScanPredictor(network, tasks, device), tasks);
    }

    private static string ConfigOf(string checkpoint)
    {
        if (!Directory.Exists(checkpoint))
        {
            throw new DirectoryNotFoundException(
                $"The checkpoint '{checkpoint}' is not a folder; pass a run's checkpoints/best or checkpoints/last.");
        }

        var inside = Path.Combine(checkpoint, CheckpointFiles.Experiment);
        var runFolder = Path.GetDirectoryName(Path.GetDirectoryName(checkpoint));
        var besideRun = runFolder is null ? null : Path.Combine(runFolder, CheckpointFiles.Experiment);
        return File.Exists(inside) ? inside
            : besideRun is not null && File.Exists(besideRun) ? besideRun
            : throw new FileNotFoundException(
                $"The checkpoint '{checkpoint}' has no {CheckpointFiles.Experiment} beside its weights, nor " +
                "does its run folder; prediction needs the experiment the weights were trained with.", inside);
    }
}
