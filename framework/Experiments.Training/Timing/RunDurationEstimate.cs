using System.Globalization;

namespace Experiments.Training.Timing;

/// <summary>
/// How long a run will take, from measured times: each epoch trains on every training case times
/// the augmentation multiplier, in batches of <see cref="BatchSize"/>, then runs one forward pass
/// per validation case; after the last epoch the best checkpoint is evaluated on the validation
/// cases once more. Data loading and checkpoints are left out: on the paper's scale they are seconds
/// against hours.
/// </summary>
public sealed record RunDurationEstimate(
    TimeSpan TrainingBatch,
    TimeSpan ValidationCase,
    int TrainingCases,
    int Multiplier,
    int BatchSize,
    int ValidationCases,
    int Epochs)
{
    /// <summary>Forward and backward passes per epoch; the last batch of an epoch may be short.</summary>
    public int BatchesPerEpoch => (TrainingCases * Multiplier + BatchSize - 1) / BatchSize;

    public TimeSpan TrainingPerEpoch => TrainingBatch * BatchesPerEpoch;

    public TimeSpan ValidationPerEpoch => ValidationCase * ValidationCases;

    public TimeSpan Total => (TrainingPerEpoch + ValidationPerEpoch) * Epochs + ValidationPerEpoch;

    /// <summary>A duration as a person reads it: "45 s", "3 min 20 s", "5 h 12 min", "2 d 7 h".</summary>
    public static string Readable(TimeSpan duration)
    {
        var seconds = Math.Round(duration.TotalSeconds);
        var whole = TimeSpan.FromSeconds(seconds);
        return seconds switch
        {
            < 60 => Format($"{whole.Seconds} s"),
            < 3600 => Format($"{whole.Minutes} min {whole.Seconds} s"),
            < 86400 => Format($"{whole.Hours} h {whole.Minutes} min"),
            _ => Format($"{whole.Days} d {whole.Hours} h"),
        };
    }

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
