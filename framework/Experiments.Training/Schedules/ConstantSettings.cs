namespace Experiments.Training.Schedules;

/// <summary><c>constant</c>: the base learning rate throughout.</summary>
public sealed record ConstantSettings : ScheduleSettings
{
    public override LearningRateSchedule Create(double baseLearningRate, int epochs) =>
        new ConstantSchedule(baseLearningRate);

    private sealed class ConstantSchedule(double rate) : LearningRateSchedule
    {
        public override double LearningRateAt(TrainingClock clock) => rate;
    }
}
