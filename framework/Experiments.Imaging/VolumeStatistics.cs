namespace Experiments.Imaging;

/// <summary>Summary statistics of voxel values, accumulated in double precision.</summary>
public sealed record VolumeStatistics(
    long Count, double Min, double Max, double Mean, double StandardDeviation, long NonZeroCount)
{
    public static VolumeStatistics Of(Volume volume) => Of(volume.Voxels);

    /// <summary>Statistics over several volumes together, e.g. every time point of a 4D image.</summary>
    public static VolumeStatistics Of(IEnumerable<Volume> volumes)
    {
        var accumulator = new Accumulator();
        foreach (var volume in volumes)
        {
            accumulator.Add(volume.Voxels);
        }

        return accumulator.Result();
    }

    public static VolumeStatistics Of(ReadOnlySpan<float> values)
    {
        var accumulator = new Accumulator();
        accumulator.Add(values);
        return accumulator.Result();
    }

    /// <summary>Welford's running mean and variance, so long runs of similar values lose no precision.</summary>
    private sealed class Accumulator
    {
        private long _count;
        private long _nonZero;
        private double _min = double.PositiveInfinity;
        private double _max = double.NegativeInfinity;
        private double _mean;
        private double _sumOfSquaredDeviations;

        public void Add(ReadOnlySpan<float> values)
        {
            foreach (var value in values)
            {
                _count++;
                if (value != 0)
                {
                    _nonZero++;
                }

                _min = Math.Min(_min, value);
                _max = Math.Max(_max, value);
                var delta = value - _mean;
                _mean += delta / _count;
                _sumOfSquaredDeviations += delta * (value - _mean);
            }
        }

        public VolumeStatistics Result()
        {
            if (_count == 0)
            {
                throw new InvalidOperationException("Statistics need at least one voxel.");
            }

            var standardDeviation = Math.Sqrt(_sumOfSquaredDeviations / _count);
            return new VolumeStatistics(_count, _min, _max, _mean, standardDeviation, _nonZero);
        }
    }
}
