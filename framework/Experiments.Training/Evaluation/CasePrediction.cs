using Experiments.Contracts.Augmentation;

namespace Experiments.Training.Evaluation;

/// <summary>
/// The network's output for one case next to its truth: voxel probabilities of mask tasks,
/// probabilities of case-level tasks, and each task's loss on this case.
/// </summary>
public sealed record CasePrediction(
    TrainingSample Sample,
    IReadOnlyDictionary<string, float[]> MaskProbabilities,
    IReadOnlyDictionary<string, double> CaseProbabilities,
    IReadOnlyDictionary<string, double> TaskLosses);
