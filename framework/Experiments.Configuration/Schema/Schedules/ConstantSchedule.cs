namespace Experiments.Configuration.Schema.Schedules;

/// <summary>The optimiser's learning rate throughout.</summary>
public sealed class ConstantSchedule : ScheduleConfig;
