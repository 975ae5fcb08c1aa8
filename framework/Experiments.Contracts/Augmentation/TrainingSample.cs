namespace Experiments.Contracts.Augmentation;

/// <summary>
/// One preprocessed training example in managed memory, so augmentation can run on background
/// threads: the image and its segmentation mask as (depth, height, width) arrays, z slowest,
/// and the per-case labels of the scalar tasks (e.g. <c>expansion</c> = 1).
/// </summary>
public sealed record TrainingSample(
    string CaseId,
    int Depth,
    int Height,
    int Width,
    float[] Image,
    float[] Mask,
    IReadOnlyDictionary<string, float> Labels);
