namespace Experiments.Training.Schedules;

/// <summary><c>exponential</c>: the base rate times <see cref="Gamma"/> to the power of the epoch.</summary>
public sealed record ExponentialSettings : ScheduleSettings
{
    public double Gamma { get; init; } = 0.95;

    public override LearningRateSchedule Create(double baseLearningRate, int epochs)
    {
        RequirePositive(Gamma, "gamma");
        return new ExponentialSchedule(baseLearningRate, Gamma);
    }

    private sealed class ExponentialSchedule(double rate, double gamma) : LearningRateSchedule
    {
        public override double LearningRateAt(TrainingClock clock) => rate * Math.Pow(gamma, clock.Epoch);
    }
}
