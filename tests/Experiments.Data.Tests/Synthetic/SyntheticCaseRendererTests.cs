using Experiments.Data.Labels;
using Experiments.Data.Synthetic;

namespace Experiments.Data.Tests.Synthetic;

public class SyntheticCaseRendererTests
{
    [Fact]
    public void Tissues_have_plausible_hounsfield_units()
    {
        var rendered = SyntheticCaseRenderer.Render(SyntheticCases.Plain(128));
        var voxels = rendered.Image.Voxels;
        var hematoma = rendered.Hematoma.Voxels;

        var air = voxels.Count(v => v < -900) / (double)voxels.Length;
        var bone = voxels.Count(v => v > 600) / (double)voxels.Length;
        var soft = voxels.Where((v, n) => v is > -50 and < 100 && hematoma[n] < 0.5f).Order().ToList();
        var clot = voxels.Where((_, n) => hematoma[n] > 0.5f).ToList();

        Assert.InRange(air, 0.5, 0.9);
        Assert.InRange(bone, 0.01, 0.15);
        Assert.InRange(soft[soft.Count / 2], 25, 42);
        Assert.InRange(clot.Average(), 68, 72);
        Assert.InRange(voxels.Max(), 1100, 1530);
        Assert.True(voxels.Min() >= -1024);
    }

    [Fact]
    public void Labels_follow_the_intended_outcome_and_the_papers_rule()
    {
        for (var index = 0; index < 6; index++)
        {
            var spec = SyntheticCaseSampler.Sample(SyntheticCases.Seed, index, 96, new ExpansionRiskModel());
            var rendered = SyntheticCaseRenderer.Render(spec);

            var assessment = rendered.Expansion;
            Assert.Equal(spec.ExpansionIntended, assessment.Expansion);
            Assert.Equal(HematomaVolume.Millilitres(rendered.Hematoma), assessment.BaselineMl);
            Assert.Equal(HematomaVolume.Millilitres(rendered.FollowupHematoma), assessment.FollowupMl);
            Assert.True(assessment.BaselineMl > 0.5, $"{spec.Id}: {assessment.BaselineMl} mL");
        }
    }

    [Fact]
    public void One_specification_renders_identical_voxels()
    {
        var spec = SyntheticCaseSampler.Sample(SyntheticCases.Seed, 2, 64, new ExpansionRiskModel());

        var first = SyntheticCaseRenderer.Render(spec);
        var second = SyntheticCaseRenderer.Render(spec);

        Assert.Equal(first.Image.Voxels, second.Image.Voxels);
        Assert.Equal(first.FollowupHematoma.Voxels, second.FollowupHematoma.Voxels);
    }
}
