namespace Experiments.Training.Schedules;

/// <summary>
/// The settings of one learning-rate schedule; each derived record is one named YAML choice
/// (see <see cref="ByName"/>) and builds its schedule from the optimizer's base learning rate.
/// </summary>
public abstract record ScheduleSettings
{
    /// <summary>The names experiment files use, and the settings record each binds to.</summary>
    public static IReadOnlyDictionary<string, Type> ByName { get; } = new Dictionary<string, Type>
    {
        ["constant"] = typeof(ConstantSettings),
        ["multistep"] = typeof(MultiStepSettings),
        ["cosine"] = typeof(CosineSettings),
        ["warmup-cosine"] = typeof(WarmupCosineSettings),
        ["exponential"] = typeof(ExponentialSettings),
        ["one-cycle"] = typeof(OneCycleSettings),
        ["reduce-on-plateau"] = typeof(ReduceOnPlateauSettings),
    };

    /// <summary>The schedule for a run of <paramref name="epochs"/> epochs starting at <paramref name="baseLearningRate"/>.</summary>
    public abstract LearningRateSchedule Create(double baseLearningRate, int epochs);

    protected static void RequirePositive(double value, string name)
    {
        if (!(value > 0) || double.IsInfinity(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"schedule.{name} must be a positive number, got {value}.");
        }
    }

    protected static void RequireFraction(double value, string name)
    {
        if (!(value >= 0 && value <= 1))
        {
            throw new ArgumentOutOfRangeException(name, value, $"schedule.{name} must lie in [0, 1], got {value}.");
        }
    }
}
