using System.Globalization;

namespace Experiments.Training.Evaluation;

/// <summary>
/// A reported number that may not exist: AUC of a one-class set, a likelihood ratio of 0/0. An
/// undefined metric carries the reason; a defined one may be infinite (LR+ at specificity 1).
/// </summary>
public readonly record struct Metric
{
    private Metric(double? value, string? reason)
    {
        Value = value;
        Reason = reason;
    }

    public double? Value { get; }

    public string? Reason { get; }

    public bool IsDefined => Value.HasValue;

    public static Metric Of(double value) => new(value, null);

    public static Metric Undefined(string reason) => new(null, reason);

    /// <summary>numerator / denominator; x/0 is +infinity for x > 0 and undefined for 0/0.</summary>
    public static Metric Ratio(double numerator, double denominator, string zeroOverZeroReason)
    {
        if (denominator != 0)
        {
            return Of(numerator / denominator);
        }

        return numerator == 0 ? Undefined(zeroOverZeroReason) : Of(double.PositiveInfinity);
    }

    public override string ToString() => Value switch
    {
        null => $"undefined ({Reason})",
        double.PositiveInfinity => "infinite",
        var value => value.Value.ToString("0.####", CultureInfo.InvariantCulture),
    };
}
