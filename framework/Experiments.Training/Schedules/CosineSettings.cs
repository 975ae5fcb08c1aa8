namespace Experiments.Training.Schedules;

/// <summary>
/// <c>cosine</c>: half a cosine from the base rate at epoch 0 down towards <see cref="MinimumLearningRate"/>
/// at the end of the run, changing once per epoch (PyTorch's CosineAnnealingLR with T_max = epochs).
/// </summary>
public sealed record CosineSettings : ScheduleSettings
{
    public double MinimumLearningRate { get; init; }

    public override LearningRateSchedule Create(double baseLearningRate, int epochs) =>
        new CosineSchedule(baseLearningRate, MinimumLearningRate, epochs);

    private sealed class CosineSchedule(double rate, double minimum, int epochs) : LearningRateSchedule
    {
        public override double LearningRateAt(TrainingClock clock) =>
            CosineCurve.Between(rate, minimum, (double)clock.Epoch / epochs);
    }
}
