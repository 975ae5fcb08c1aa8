using Experiments.Imaging;

namespace Experiments.Cli.Commands.Imaging;

/// <summary>Voxel value statistics as reported (Hounsfield units for CT).</summary>
public sealed record ValueStatistics(
    double Min, double Max, double Mean, double Std, long NonzeroCount, long VoxelCount)
{
    public static ValueStatistics From(VolumeStatistics statistics) => new(
        statistics.Min, statistics.Max, statistics.Mean, statistics.StandardDeviation, statistics.NonZeroCount,
        statistics.Count);
}
