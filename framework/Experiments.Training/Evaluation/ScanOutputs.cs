namespace Experiments.Training.Evaluation;

/// <summary>
/// The network's answer for one unlabelled scan: per mask task the voxel probabilities on the
/// network's grid (depth, height, width order), per case task the probability.
/// </summary>
public sealed record ScanOutputs(
    IReadOnlyDictionary<string, float[]> MaskProbabilities,
    IReadOnlyDictionary<string, double> CaseProbabilities);
