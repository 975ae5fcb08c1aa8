namespace Experiments.Plugins.Preprocessing;

/// <summary>
/// The float32 values within [lower, upper] for bounds given in double precision: the bounds are
/// rounded inwards to the nearest float32, so comparing in float32 (vectorised) keeps exactly the
/// values a comparison in double precision keeps. NaN is never inside.
/// </summary>
internal readonly record struct FloatInterval(float Low, float High)
{
    public static FloatInterval Of(double lower, double upper) => new(AtLeast(lower), AtMost(upper));

    public bool Contains(float value) => value >= Low && value <= High;

    /// <summary>The smallest float32 at or above the value.</summary>
    public static float AtLeast(double value)
    {
        var rounded = (float)value;
        return rounded < value ? MathF.BitIncrement(rounded) : rounded;
    }

    /// <summary>The largest float32 at or below the value.</summary>
    public static float AtMost(double value)
    {
        var rounded = (float)value;
        return rounded > value ? MathF.BitDecrement(rounded) : rounded;
    }
}
