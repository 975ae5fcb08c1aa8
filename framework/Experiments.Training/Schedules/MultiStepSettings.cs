namespace Experiments.Training.Schedules;

/// <summary>
/// <c>multistep</c>: the base rate multiplied by <see cref="Gamma"/> once for every milestone reached.
/// Milestones are zero-based epochs, as in PyTorch's MultiStepLR stepped once per epoch: the paper's
/// [20, 30] gives 1e-4 for epochs 0-19, 1e-5 for 20-29 and 1e-6 from 30.
/// </summary>
public sealed record MultiStepSettings : ScheduleSettings
{
    public IReadOnlyList<int> Milestones { get; init; } = [20, 30];

    public double Gamma { get; init; } = 0.1;

    public override LearningRateSchedule Create(double baseLearningRate, int epochs)
    {
        RequirePositive(Gamma, "gamma");
        if (Milestones.Any(milestone => milestone < 0))
        {
            throw new ArgumentOutOfRangeException(
                nameof(Milestones), $"schedule.milestones must be epochs >= 0, got [{string.Join(", ", Milestones)}].");
        }

        return new MultiStepSchedule(baseLearningRate, Milestones.Order().ToArray(), Gamma);
    }

    private sealed class MultiStepSchedule(double rate, int[] milestones, double gamma) : LearningRateSchedule
    {
        public override double LearningRateAt(TrainingClock clock) =>
            rate * Math.Pow(gamma, milestones.Count(milestone => milestone <= clock.Epoch));
    }
}
