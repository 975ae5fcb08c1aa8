namespace Experiments.Training.Schedules;

/// <summary>
/// <c>warmup-cosine</c>: a linear rise from <see cref="WarmupStartFactor"/> x base to the base rate over
/// <see cref="WarmupEpochs"/> (moving every step), then half a cosine to <see cref="MinimumLearningRate"/>
/// at the end of the run.
/// </summary>
public sealed record WarmupCosineSettings : ScheduleSettings
{
    public double WarmupEpochs { get; init; } = 2;

    public double WarmupStartFactor { get; init; } = 0.01;

    public double MinimumLearningRate { get; init; }

    public override LearningRateSchedule Create(double baseLearningRate, int epochs)
    {
        RequirePositive(WarmupEpochs, "warmup_epochs");
        RequireFraction(WarmupStartFactor, "warmup_start_factor");
        if (WarmupEpochs >= epochs)
        {
            throw new ArgumentOutOfRangeException(
                nameof(WarmupEpochs), $"schedule.warmup_epochs ({WarmupEpochs}) must be below the epoch count ({epochs}).");
        }

        return new WarmupCosineSchedule(this, baseLearningRate, epochs);
    }

    private sealed class WarmupCosineSchedule(WarmupCosineSettings settings, double rate, int epochs)
        : LearningRateSchedule
    {
        public override double LearningRateAt(TrainingClock clock)
        {
            var warmup = settings.WarmupEpochs;
            if (clock.Progress < warmup)
            {
                var start = settings.WarmupStartFactor;
                return rate * (start + ((1 - start) * clock.Progress / warmup));
            }

            return CosineCurve.Between(rate, settings.MinimumLearningRate, (clock.Progress - warmup) / (epochs - warmup));
        }
    }
}
