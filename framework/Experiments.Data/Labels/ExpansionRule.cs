namespace Experiments.Data.Labels;

/// <summary>
/// The paper's label: expansion when the 24 h volume exceeds baseline by at least 6 mL or by at
/// least 33 % (0.33 x baseline). Both edges count as expansion.
/// </summary>
/// <remarks>
/// Volumes are sums of voxel volumes such as 0.39 x 0.39 x 5 mm, which are not exact in binary
/// floating point: a growth that is 6 mL on paper can come out as 5.999999999999 mL. So each
/// threshold is compared with a tolerance of <see cref="Tolerance"/> (1e-9 relative to the
/// threshold), a billion times smaller than any one voxel of a clinical CT, so it only absorbs
/// rounding and never moves a real case across the line.
/// </remarks>
public static class ExpansionRule
{
    public const double AbsoluteThresholdMl = 6.0;
    public const double RelativeThreshold = 0.33;
    public const double Tolerance = 1e-9;

    public static ExpansionAssessment Assess(double baselineMl, double followupMl)
    {
        if (!(baselineMl > 0) || !double.IsFinite(baselineMl))
        {
            throw new ArgumentOutOfRangeException(nameof(baselineMl), baselineMl,
                "The baseline hematoma volume must be a positive number of mL; an empty baseline mask " +
                "has no relative growth.");
        }

        if (!(followupMl >= 0) || !double.IsFinite(followupMl))
        {
            throw new ArgumentOutOfRangeException(nameof(followupMl), followupMl,
                "The follow-up hematoma volume must be a number of mL >= 0.");
        }

        var growth = followupMl - baselineMl;
        var relative = growth / baselineMl;
        var expanded = growth >= AbsoluteThresholdMl * (1 - Tolerance) ||
                       relative >= RelativeThreshold * (1 - Tolerance);
        return new ExpansionAssessment(baselineMl, followupMl, growth, relative, expanded);
    }
}
