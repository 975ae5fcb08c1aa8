using Experiments.Contracts.Augmentation;
using Experiments.Contracts.Losses;
using Experiments.Contracts.Models;
using Experiments.Training.Data;
using Experiments.Training.Optimizers;
using Experiments.Training.Schedules;

namespace Experiments.Training.Loop;

/// <summary>
/// What one training run consists of. The network is built (and torch seeded) by the caller;
/// <see cref="OutputFolder"/> receives <c>checkpoints/last</c>, <c>checkpoints/best</c> and reports.
/// <see cref="Parameters"/> and <see cref="Tags"/> are passed on in the RunStarted event.
/// </summary>
public sealed record TrainingSetup(
    IMultiTaskNetwork Network,
    ILossWeighting Weighting,
    IReadOnlyList<TrainingTask> Tasks,
    ISampleSet TrainingSet,
    ISampleSet ValidationSet,
    TrainingSettings Training,
    OptimizerSettings Optimizer,
    ScheduleSettings Schedule,
    string OutputFolder,
    string RunName)
{
    public IReadOnlyList<IAugmenter> Augmenters { get; init; } = [];

    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, string> Tags { get; init; } = new Dictionary<string, string>();

    /// <summary>Files copied into every checkpoint folder beside the weights.</summary>
    public IReadOnlyList<string> CheckpointCompanions { get; init; } = [];
}
