using Experiments.Training.Schedules;

namespace Experiments.Training.Loop;

/// <summary>
/// YAML <c>training:</c>. Epochs are counted from 0 everywhere (events, schedules, checkpoints).
/// A step is one optimizer update: <see cref="BatchSize"/> x <see cref="GradientAccumulation"/> items.
/// The best checkpoint is the one with the best <see cref="BestMetric"/> (an epoch metric name).
/// </summary>
public sealed record TrainingSettings
{
    public int Epochs { get; init; } = 40;

    public int BatchSize { get; init; } = 1;

    public int GradientAccumulation { get; init; } = 1;

    public int Seed { get; init; } = 42;

    public DeviceChoice Device { get; init; } = DeviceChoice.Auto;

    /// <summary>Probability above which a voxel or a case counts as positive in validation.</summary>
    public double Threshold { get; init; } = 0.5;

    public string BestMetric { get; init; } = MetricNames.ValidationDice;

    public PlateauMode BestMetricMode { get; init; } = PlateauMode.Max;

    public void Validate()
    {
        RequireAtLeastOne(Epochs, "epochs");
        RequireAtLeastOne(BatchSize, "batch_size");
        RequireAtLeastOne(GradientAccumulation, "gradient_accumulation");
        if (!(Threshold > 0 && Threshold < 1))
        {
            throw new ArgumentOutOfRangeException(
                nameof(Threshold), $"training.threshold must lie strictly between 0 and 1, got {Threshold}.");
        }
    }

    private static void RequireAtLeastOne(int value, string name)
    {
        if (value < 1)
        {
            throw new ArgumentOutOfRangeException(name, value, $"training.{name} must be at least 1, got {value}.");
        }
    }
}
