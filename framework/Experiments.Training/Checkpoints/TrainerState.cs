namespace Experiments.Training.Checkpoints;

/// <summary>
/// Everything besides tensors a run needs to continue exactly where it stopped. Random state is the
/// seed plus (epoch, position): every generator is derived from them (see Xoshiro256Random), and
/// libtorch's own generator state is kept as bytes.
/// </summary>
public sealed class TrainerState
{
    public int Seed { get; set; }

    /// <summary>The epoch under way (zero-based); equals the epoch count once the run is complete.</summary>
    public int Epoch { get; set; }

    /// <summary>The next item of the epoch's order to train on (0 at an epoch boundary).</summary>
    public int Position { get; set; }

    /// <summary>Optimizer steps completed; step events are numbered from 1.</summary>
    public long Step { get; set; }

    public double? BestMetric { get; set; }

    public string? TrackingRunId { get; set; }

    public Dictionary<string, double> ScheduleState { get; set; } = [];

    /// <summary>Running sums of the step metrics of the epoch under way, for its training means.</summary>
    public Dictionary<string, double> EpochSums { get; set; } = [];

    public int EpochSteps { get; set; }

    /// <summary>Mean task losses of each finished epoch, replayed into the loss weighting on resume.</summary>
    public List<Dictionary<string, double>> TaskLossHistory { get; set; } = [];

    public Dictionary<string, float[]> WeightingParameters { get; set; } = [];

    public byte[] TorchRandomState { get; set; } = [];
}
