using Experiments.Data.Labels;
using Experiments.Data.Synthetic;

namespace Experiments.Data.Tests.Synthetic;

public class SyntheticCaseSamplerTests
{
    private static readonly IReadOnlyList<SyntheticCaseSpec> Specs = Enumerable.Range(0, 1500)
        .Select(index => SyntheticCaseSampler.Sample(SyntheticCases.Seed, index, 512, new ExpansionRiskModel()))
        .ToList();

    [Fact]
    public void Acquisitions_stay_in_the_papers_ranges_and_vary_across_cases()
    {
        foreach (var acquisition in Specs.Select(spec => spec.Acquisition))
        {
            Assert.Equal(512, acquisition.Size.X);
            Assert.Equal(512, acquisition.Size.Y);
            Assert.InRange(acquisition.Size.Z, 26, 34);
            Assert.InRange(acquisition.Geometry.Spacing.X, 0.39, 0.56);
            Assert.Equal(acquisition.Geometry.Spacing.X, acquisition.Geometry.Spacing.Y);
            Assert.Equal(5.0, acquisition.Geometry.Spacing.Z);
            Assert.InRange(acquisition.FieldOfViewMm, 200, 285);
        }

        Assert.Equal(9, Specs.Select(spec => spec.Acquisition.Size.Z).Distinct().Count());
        Assert.InRange(Specs.Count(spec => spec.Acquisition.UnsignedPixels), 600, 900);
        Assert.Equal(ScannerModel.Paper.Select(s => s.Model).Order(),
            Specs.Select(spec => spec.Acquisition.Scanner.Model).Distinct().Order());
    }

    [Fact]
    public void Heads_are_tilted_by_a_few_degrees()
    {
        var yaws = Specs.Select(spec => spec.Pose.YawDegrees).ToList();

        Assert.All(Specs, spec => Assert.InRange(Math.Abs(spec.Pose.PitchDegrees), 0, 5));
        Assert.InRange(yaws.Min(), -6, -4);
        Assert.InRange(yaws.Max(), 4, 6);
    }

    [Fact]
    public void Expansion_becomes_likelier_with_the_bat_score()
    {
        double Rate(Func<int, bool> bat) => Specs
            .Where(spec => bat(BatScore.Compute(spec.Markers, spec.OnsetToCtHours)))
            .Average(spec => spec.ExpansionIntended ? 1.0 : 0.0);

        var low = Rate(score => score <= 1);
        var high = Rate(score => score >= 3);
        var prevalence = Specs.Average(spec => spec.ExpansionIntended ? 1.0 : 0.0);

        Assert.True(high - low > 0.3, $"expansion rate {low:P0} at BAT 0-1, {high:P0} at BAT 3-5");
        Assert.InRange(prevalence, 0.15, 0.45);
    }

    [Fact]
    public void Every_marker_and_site_occurs()
    {
        Assert.Contains(Specs, spec => spec.Markers.BlackHole);
        Assert.Contains(Specs, spec => spec.Markers.Swirl);
        Assert.Contains(Specs, spec => spec.Markers.Blend);
        Assert.Contains(Specs, spec => spec.Markers.FluidLevel);
        Assert.Contains(Specs, spec => spec.Markers.IrregularShape);
        Assert.Contains(Specs, spec => spec.Markers is { Hypodensity: true, BlackHole: false, Swirl: false });
        Assert.Equal(Enum.GetValues<HematomaSite>().Order(), Specs.Select(spec => spec.Site).Distinct().Order());
    }

    [Fact]
    public void A_case_depends_only_on_seed_and_index()
    {
        var again = SyntheticCaseSampler.Sample(SyntheticCases.Seed, 17, 512, new ExpansionRiskModel());

        Assert.Equal(Specs[17].Pose, again.Pose);
        Assert.Equal(Specs[17].Hematoma.SemiAxes, again.Hematoma.SemiAxes);
        Assert.Equal(Specs[17].Markers, again.Markers);
        Assert.Equal(Specs[17].NoiseSeed, again.NoiseSeed);
    }
}
