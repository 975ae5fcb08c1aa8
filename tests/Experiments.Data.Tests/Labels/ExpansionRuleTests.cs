using Experiments.Data.Labels;

namespace Experiments.Data.Tests.Labels;

public class ExpansionRuleTests
{
    [Theory]
    [InlineData(20.0, 26.0, true)]   // exactly 6 mL (30 %)
    [InlineData(20.0, 25.99, false)] // 5.99 mL, 29.95 %
    [InlineData(10.0, 13.3, true)]   // exactly 33 % (3.3 mL)
    [InlineData(10.0, 13.29, false)] // 32.9 %
    [InlineData(30.0, 36.5, true)]   // 6.5 mL, 21.7 %
    [InlineData(3.0, 4.2, true)]     // 1.2 mL, 40 %
    [InlineData(12.0, 10.0, false)]  // shrinkage
    public void Growth_of_six_millilitres_or_a_third_is_expansion(double baseline, double followup, bool expected)
    {
        Assert.Equal(expected, ExpansionRule.Assess(baseline, followup).Expansion);
    }

    [Fact]
    public void Exactly_six_millilitres_of_voxels_is_expansion_despite_rounding()
    {
        // 0.5 x 0.5 x 5 mm voxels (1.25 mm3): 20,802 -> 25,602 voxels is 26.0025 -> 32.0025 mL, 6 mL
        // of growth on paper (23 %), but 5.9999999999999964 mL in binary floating point.
        var geometry = MaskVolumes.Spacing(0.5, 0.5, 5);
        var baseline = HematomaVolume.Millilitres(MaskVolumes.WithVoxels(20_802, geometry));
        var followup = HematomaVolume.Millilitres(MaskVolumes.WithVoxels(25_602, geometry));

        var assessment = ExpansionRule.Assess(baseline, followup);

        Assert.True(followup - baseline < 6, "the float growth should fall just below 6 mL");
        Assert.True(assessment.Expansion);
        Assert.False(ExpansionRule.Assess(baseline,
            HematomaVolume.Millilitres(MaskVolumes.WithVoxels(25_601, geometry))).Expansion);
    }

    [Fact]
    public void Exactly_a_third_of_voxels_is_expansion_despite_rounding()
    {
        // 0.39 x 0.39 x 5 mm voxels: 10,000 -> 13,300 voxels is exactly 33 % on paper,
        // 0.3299999999999999 in binary floating point.
        var geometry = MaskVolumes.Spacing(0.39, 0.39, 5);
        var baseline = HematomaVolume.Millilitres(MaskVolumes.WithVoxels(10_000, geometry));
        var followup = HematomaVolume.Millilitres(MaskVolumes.WithVoxels(13_300, geometry));

        var assessment = ExpansionRule.Assess(baseline, followup);

        Assert.True(assessment.RelativeGrowth < 0.33, "the float ratio should fall just below 0.33");
        Assert.True(assessment.Expansion);
        Assert.False(ExpansionRule.Assess(baseline,
            HematomaVolume.Millilitres(MaskVolumes.WithVoxels(13_299, geometry))).Expansion);
    }

    [Fact]
    public void Assessment_reports_volumes_and_growth()
    {
        var assessment = ExpansionRule.Assess(8, 10);

        Assert.Equal(new ExpansionAssessment(8, 10, 2, 0.25, false), assessment);
    }

    [Theory]
    [InlineData(0.0, 5.0)]
    [InlineData(-1.0, 5.0)]
    [InlineData(double.NaN, 5.0)]
    [InlineData(5.0, -0.1)]
    public void Impossible_volumes_are_refused(double baseline, double followup)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ExpansionRule.Assess(baseline, followup));
    }
}
