using Experiments.Configuration.Schema;
using Experiments.Configuration.Schema.Optimizers;
using Experiments.Configuration.Schema.Schedules;
using Experiments.Training.Schedules;

namespace Experiments.Runner.Setup;

/// <summary>The experiment file's <c>schedule:</c> as the trainer's schedule settings.</summary>
public static class ScheduleTranslation
{
    public static ScheduleSettings ToSettings(ScheduleConfig schedule) => schedule switch
    {
        ConstantSchedule => new ConstantSettings(),
        MultiStepSchedule multiStep =>
            new MultiStepSettings { Milestones = multiStep.Milestones, Gamma = multiStep.Gamma },
        CosineSchedule cosine => new CosineSettings { MinimumLearningRate = cosine.MinLearningRate },
        WarmupCosineSchedule warmup => new WarmupCosineSettings
        {
            WarmupEpochs = warmup.WarmupEpochs, MinimumLearningRate = warmup.MinLearningRate,
        },
        ExponentialSchedule exponential => new ExponentialSettings { Gamma = exponential.Gamma },
        OneCycleSchedule oneCycle => new OneCycleSettings
        {
            PeakFraction = oneCycle.WarmupFraction,
            DivFactor = oneCycle.DivFactor,
            FinalDivFactor = oneCycle.FinalDivFactor,
        },
        ReduceOnPlateauSchedule plateau => new ReduceOnPlateauSettings
        {
            Monitor = plateau.Metric, Mode = plateau.Mode == MetricGoal.Max ? PlateauMode.Max : PlateauMode.Min,
            Factor = plateau.Factor, Patience = plateau.Patience, MinimumLearningRate = plateau.MinLearningRate,
        },
        _ => throw new NotSupportedException($"The schedule {schedule.GetType().Name} has no trainer settings."),
    };

    /// <summary>
    /// The learning rate the schedule starts from: the optimizer's, except one-cycle, whose
    /// <c>max_learning_rate</c> is the peak the trainer's one-cycle schedule is built around.
    /// </summary>
    public static double BaseLearningRate(ScheduleConfig schedule, OptimizerConfig optimizer) =>
        schedule is OneCycleSchedule oneCycle ? oneCycle.MaxLearningRate : optimizer.LearningRate;
}
