using System.ComponentModel;

namespace Experiments.Training.Losses;

/// <summary>Options of the task losses; each loss reads only the ones it names.</summary>
public sealed class TaskLossOptions
{
    [Description("dice: added to the numerator and the denominator of each sample's Dice, so an empty mask " +
                 "predicted empty costs 0.")]
    public double Smooth { get; set; } = 1.0;

    [Description("bce: weight of the positive class (e.g. negatives / positives for a rare outcome).")]
    public double PosWeight { get; set; } = 1.0;

    [Description("focal: focusing exponent; 0 gives (alpha-weighted) cross-entropy.")]
    public double Gamma { get; set; } = 2.0;

    [Description("focal: weight of the positive class in [0, 1] (negatives get 1 - alpha); null weighs both 1.")]
    public double? Alpha { get; set; } = 0.25;
}
