namespace Experiments.Runner.Prediction;

/// <summary>
/// What prediction produced for one scan: per case task (e.g. <c>expansion</c>) its probability,
/// per mask task (e.g. <c>segmentation</c>) the predicted volume in mL, the brain mask's volume
/// when the preprocessing made one, and the files written into <see cref="Folder"/>.
/// </summary>
public sealed record ScanPrediction(
    ScanInput Input,
    string Folder,
    IReadOnlyDictionary<string, double> Probabilities,
    IReadOnlyDictionary<string, double> VolumesMl,
    double? BrainVolumeMl,
    IReadOnlyList<string> Files);
