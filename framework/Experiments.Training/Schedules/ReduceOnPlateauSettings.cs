namespace Experiments.Training.Schedules;

/// <summary>
/// <c>reduce-on-plateau</c>: multiply the rate by <see cref="Factor"/> when the monitored epoch metric
/// has not improved by more than <see cref="Threshold"/> (relative) for <see cref="Patience"/> epochs,
/// never below <see cref="MinimumLearningRate"/> (PyTorch's ReduceLROnPlateau, threshold mode "rel").
/// </summary>
public sealed record ReduceOnPlateauSettings : ScheduleSettings
{
    /// <summary>An epoch metric name, e.g. <c>val.loss</c> or <c>val.dice</c> (see MetricNames).</summary>
    public string Monitor { get; init; } = "val.loss";

    public PlateauMode Mode { get; init; } = PlateauMode.Min;

    public double Factor { get; init; } = 0.1;

    public int Patience { get; init; } = 10;

    public double Threshold { get; init; } = 1e-4;

    public double MinimumLearningRate { get; init; }

    public override LearningRateSchedule Create(double baseLearningRate, int epochs)
    {
        RequirePositive(Factor, "factor");
        if (Factor >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Factor), $"schedule.factor must be below 1, got {Factor}.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(Patience);
        return new ReduceOnPlateauSchedule(this, baseLearningRate);
    }
}
