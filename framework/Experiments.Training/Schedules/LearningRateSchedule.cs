namespace Experiments.Training.Schedules;

/// <summary>
/// A learning rate as a function of the training clock. The trainer writes the value into every
/// optimizer parameter group before each step. Schedules that react to results (reduce-on-plateau)
/// keep state, which they hand out and take back as plain numbers so checkpoints can hold it.
/// </summary>
public abstract class LearningRateSchedule
{
    public abstract double LearningRateAt(TrainingClock clock);

    /// <summary>Told the epoch's metrics (training means and validation) once the epoch is over.</summary>
    public virtual void EpochCompleted(int epoch, IReadOnlyDictionary<string, double> metrics)
    {
    }

    public virtual IReadOnlyDictionary<string, double> SaveState() => new Dictionary<string, double>();

    public virtual void RestoreState(IReadOnlyDictionary<string, double> state)
    {
    }
}
