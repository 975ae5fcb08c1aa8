using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Experiments.Configuration.Schema.Schedules;

/// <summary>The learning rate times <see cref="Gamma"/> at each milestone epoch.</summary>
public sealed class MultiStepSchedule : ScheduleConfig
{
    [Description("Epochs (counted from 0) at which the learning rate is multiplied by gamma.")]
    [MinLength(1)]
    public required List<int> Milestones { get; set; }

    [Description("Factor applied at each milestone.")]
    [Range(0.0, 1.0)]
    public double Gamma { get; set; } = 0.1;
}
