using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Experiments.Configuration.Schema.Schedules;

/// <summary>A linear rise over the warm-up epochs, then cosine annealing.</summary>
public sealed class WarmupCosineSchedule : ScheduleConfig
{
    [Description("Epochs of linear warm-up from 0 to the optimiser's learning rate.")]
    [Range(0, 100_000)]
    public int WarmupEpochs { get; set; } = 1;

    [Description("Learning rate at the last epoch.")]
    [Range(0.0, 10.0)]
    public double MinLearningRate { get; set; }
}
