using Experiments.Contracts.Augmentation;
using Experiments.Data.Datasets;
using Experiments.Imaging.Geometry;

namespace Experiments.Runner.Cases;

/// <summary>
/// The preprocessed training and validation samples of a run, the dataset cases they came from
/// and each case's grid after preprocessing (to map predictions back onto the scan).
/// </summary>
public sealed record PreparedCases(
    IReadOnlyList<TrainingSample> Training,
    IReadOnlyList<TrainingSample> Validation,
    IReadOnlyList<DatasetCase> ValidationCases,
    IReadOnlyDictionary<string, VolumeGeometry> NetworkGrids);
