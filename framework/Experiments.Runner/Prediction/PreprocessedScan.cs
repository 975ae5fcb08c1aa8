using Experiments.Contracts.Preprocessing;
using Experiments.Imaging;

namespace Experiments.Runner.Prediction;

/// <summary>
/// A scan before and after the experiment's preprocessing: <see cref="Scan"/> in HU on the grid
/// the reader produced, <see cref="Network"/> on the network's grid, and the brain mask on the
/// scan's grid when a step made one.
/// </summary>
public sealed record PreprocessedScan(Volume Scan, ImagingCase Network, Volume? BrainOnScan);
