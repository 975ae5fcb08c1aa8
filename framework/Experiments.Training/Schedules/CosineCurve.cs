namespace Experiments.Training.Schedules;

/// <summary>Half a cosine from <c>start</c> (fraction 0) to <c>end</c> (fraction 1).</summary>
internal static class CosineCurve
{
    public static double Between(double start, double end, double fraction)
    {
        var clamped = Math.Clamp(fraction, 0, 1);
        return end + ((start - end) * (1 + Math.Cos(Math.PI * clamped)) / 2);
    }
}
