using Experiments.Configuration.Binding;

namespace Experiments.Configuration.Schema.Schedules;

/// <summary>
/// The learning-rate schedule; YAML <c>schedule: {name: multistep, milestones: [20, 30], gamma: 0.1}</c>.
/// </summary>
[ConfigVariant("constant", typeof(ConstantSchedule))]
[ConfigVariant("multistep", typeof(MultiStepSchedule))]
[ConfigVariant("cosine", typeof(CosineSchedule))]
[ConfigVariant("warmup-cosine", typeof(WarmupCosineSchedule))]
[ConfigVariant("exponential", typeof(ExponentialSchedule))]
[ConfigVariant("one-cycle", typeof(OneCycleSchedule))]
[ConfigVariant("reduce-on-plateau", typeof(ReduceOnPlateauSchedule))]
public abstract class ScheduleConfig;
