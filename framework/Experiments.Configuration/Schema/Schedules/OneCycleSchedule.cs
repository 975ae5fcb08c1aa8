using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Experiments.Configuration.Schema.Schedules;

/// <summary>One cycle: up to <see cref="MaxLearningRate"/>, then annealed far below the start.</summary>
public sealed class OneCycleSchedule : ScheduleConfig
{
    [Description("Peak learning rate.")]
    [Range(0.0, 10.0)]
    public required double MaxLearningRate { get; set; }

    [Description("Fraction of the steps spent rising to the peak.")]
    [Range(0.0, 1.0)]
    public double WarmupFraction { get; set; } = 0.3;

    [Description("Initial learning rate = max_learning_rate / div_factor.")]
    [Range(1.0, 1.0e6)]
    public double DivFactor { get; set; } = 25.0;

    [Description("Final learning rate = initial learning rate / final_div_factor.")]
    [Range(1.0, 1.0e9)]
    public double FinalDivFactor { get; set; } = 1.0e4;
}
