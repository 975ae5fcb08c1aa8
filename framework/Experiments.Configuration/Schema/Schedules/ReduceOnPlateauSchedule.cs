using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Experiments.Configuration.Schema.Schedules;

/// <summary>The learning rate times <see cref="Factor"/> when a validation metric stops improving.</summary>
public sealed class ReduceOnPlateauSchedule : ScheduleConfig
{
    [Description("Validation metric watched.")]
    public string Metric { get; set; } = "val.loss";

    [Description("Whether the metric improves downwards (min) or upwards (max).")]
    public MetricGoal Mode { get; set; } = MetricGoal.Min;

    [Description("Factor applied on a plateau.")]
    [Range(0.0, 1.0)]
    public double Factor { get; set; } = 0.1;

    [Description("Epochs without improvement before the rate drops.")]
    [Range(0, 100_000)]
    public int Patience { get; set; } = 10;

    [Description("Lower bound of the learning rate.")]
    [Range(0.0, 10.0)]
    public double MinLearningRate { get; set; }
}
