using Experiments.Contracts.Augmentation;
using Experiments.Data.Datasets;
using Experiments.Imaging.Geometry;

namespace Experiments.Runner.Cases;

/// <summary>One list of preprocessed cases: the samples, the dataset cases used and their network grids.</summary>
public sealed record PreparedList(
    IReadOnlyList<TrainingSample> Samples,
    IReadOnlyList<DatasetCase> Cases,
    IReadOnlyDictionary<string, VolumeGeometry> Grids);
