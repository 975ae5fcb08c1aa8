namespace Experiments.Training.Schedules;

/// <summary>
/// <c>one-cycle</c> (Smith's 1cycle with cosine phases, as PyTorch's OneCycleLR): from base / <see cref="DivFactor"/>
/// up to the base rate (the peak) over the first <see cref="PeakFraction"/> of the run, then down to
/// the start rate / <see cref="FinalDivFactor"/>. Moves every step. Momentum is not cycled.
/// </summary>
public sealed record OneCycleSettings : ScheduleSettings
{
    public double PeakFraction { get; init; } = 0.3;

    public double DivFactor { get; init; } = 25;

    public double FinalDivFactor { get; init; } = 1e4;

    public override LearningRateSchedule Create(double baseLearningRate, int epochs)
    {
        RequireFraction(PeakFraction, "peak_fraction");
        RequirePositive(DivFactor, "div_factor");
        RequirePositive(FinalDivFactor, "final_div_factor");
        return new OneCycleSchedule(this, baseLearningRate, epochs);
    }

    private sealed class OneCycleSchedule(OneCycleSettings settings, double peak, int epochs) : LearningRateSchedule
    {
        public override double LearningRateAt(TrainingClock clock)
        {
            var start = peak / settings.DivFactor;
            var end = start / settings.FinalDivFactor;
            var fraction = clock.Progress / epochs;
            var peakAt = settings.PeakFraction;
            return fraction < peakAt
                ? CosineCurve.Between(start, peak, fraction / peakAt)
                : CosineCurve.Between(peak, end, (fraction - peakAt) / (1 - peakAt));
        }
    }
}
