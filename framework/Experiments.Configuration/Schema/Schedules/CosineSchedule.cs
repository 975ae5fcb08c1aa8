using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Experiments.Configuration.Schema.Schedules;

/// <summary>
/// Cosine annealing from the optimiser's learning rate to <see cref="MinLearningRate"/> over all epochs.
/// </summary>
public sealed class CosineSchedule : ScheduleConfig
{
    [Description("Learning rate at the last epoch.")]
    [Range(0.0, 10.0)]
    public double MinLearningRate { get; set; }
}
