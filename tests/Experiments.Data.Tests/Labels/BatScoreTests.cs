using Experiments.Data.Datasets;
using Experiments.Data.Labels;

namespace Experiments.Data.Tests.Labels;

public class BatScoreTests
{
    [Theory]
    [InlineData(false, false, 6.0, 0)]
    [InlineData(true, false, 6.0, 1)]
    [InlineData(false, true, 6.0, 2)]
    [InlineData(false, false, 2.0, 2)]
    [InlineData(true, true, 6.0, 3)]
    [InlineData(true, false, 1.0, 3)]
    [InlineData(false, true, 2.49, 4)]
    [InlineData(true, true, 0.5, 5)]
    [InlineData(true, true, 2.5, 3)] // onset of exactly 2.5 h is not "under 2.5 h"
    public void Points_are_blend_one_hypodensity_two_early_onset_two(
        bool blend, bool hypodensity, double onsetHours, int expected)
    {
        Assert.Equal(expected, BatScore.Compute(blend, hypodensity, onsetHours));
    }

    [Theory]
    [InlineData(true, false, false)]
    [InlineData(false, true, false)]
    [InlineData(false, false, true)]
    public void Black_hole_and_swirl_count_as_hypodensity(bool hypodensity, bool blackHole, bool swirl)
    {
        var markers = new NcctMarkers(
            hypodensity, blackHole, swirl, Blend: false, FluidLevel: true, IrregularShape: true);

        Assert.Equal(2, BatScore.Compute(markers, onsetToCtHours: 4));
    }

    [Fact]
    public void Cases_without_markers_or_onset_have_no_score()
    {
        Assert.Null(BatScore.TryCompute(new ClinicalFields(1.0, null)));
        Assert.Null(BatScore.TryCompute(new ClinicalFields(null, NcctMarkers.None)));
        Assert.Equal(2, BatScore.TryCompute(new ClinicalFields(1.0, NcctMarkers.None)));
    }
}
