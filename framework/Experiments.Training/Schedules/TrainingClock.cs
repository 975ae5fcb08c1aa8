namespace Experiments.Training.Schedules;

/// <summary>
/// Where training stands when a learning rate is asked for: the zero-based epoch and the fraction of
/// it already done (0 at its first step). Epoch-wise schedules read <see cref="Epoch"/>; warm-up and
/// one-cycle read <see cref="Progress"/>, which moves every step.
/// </summary>
public readonly record struct TrainingClock(int Epoch, double EpochFraction)
{
    public double Progress => Epoch + EpochFraction;
}
