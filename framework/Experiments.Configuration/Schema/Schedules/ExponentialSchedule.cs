using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Experiments.Configuration.Schema.Schedules;

/// <summary>The learning rate times <see cref="Gamma"/> after every epoch.</summary>
public sealed class ExponentialSchedule : ScheduleConfig
{
    [Description("Factor applied after every epoch.")]
    [Range(0.0, 1.0)]
    public double Gamma { get; set; } = 0.95;
}
