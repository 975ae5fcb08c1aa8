using Experiments.Data.Synthetic;
using Experiments.Imaging.Geometry;

namespace Experiments.Data.Tests.Synthetic;

/// <summary>
/// Each marker is drawn into one case and compared with the same case without it: with one
/// noise seed the images differ only where the marker changed the density (within 1 HU of rounding).
/// </summary>
public class MarkerAppearanceTests
{
    private const int Matrix = 160;

    private static readonly SyntheticCaseSpec Plain = SyntheticCases.Plain(Matrix);
    private static readonly RenderedCase PlainCase = SyntheticCaseRenderer.Render(Plain);

    [Fact]
    public void Black_hole_is_over_28_HU_below_the_clot_and_never_touches_its_edge()
    {
        var radius = 0.45 * Smallest(Plain.Hematoma.SemiAxes);
        var hole = new HypodenseBlob(new Vector3D(0, 0, 0), radius, DeltaHu: 38, SharpMargin: true);
        var marked = Render(new HematomaAppearance(70, [hole], null, null, null));

        var darker = Darkening(marked).Where(v => v.Delta > 1).ToList();

        Assert.NotEmpty(darker);
        Assert.All(darker, v => Assert.InRange(v.Delta, 37, 39));
        Assert.All(darker, v => Assert.False(SyntheticCases.IsOnMaskEdge(PlainCase.Hematoma, v.X, v.Y, v.Z)));
    }

    [Fact]
    public void Blend_sign_is_a_sharp_step_of_over_18_HU_that_reaches_the_margin()
    {
        var blend = new DensitySplit(new Vector3D(1, 0, 0), 0, BeyondDeltaHu: -26, BeforeDeltaHu: 0);
        var marked = Render(new HematomaAppearance(70, [], null, blend, null));

        var changes = Darkening(marked).Where(v => v.Delta > 1).ToList();

        Assert.All(changes, v => Assert.InRange(v.Delta, 25, 27));
        Assert.Contains(changes, v => SyntheticCases.IsOnMaskEdge(PlainCase.Hematoma, v.X, v.Y, v.Z));
        var hematomaVoxels = PlainCase.Hematoma.Voxels.Count(v => v > 0.5f);
        Assert.InRange(changes.Count, hematomaVoxels / 5, hematomaVoxels * 4 / 5);
    }

    [Fact]
    public void Plain_hypodensity_fades_into_the_clot()
    {
        var blob = new HypodenseBlob(new Vector3D(0, 0, 0), 0.6 * Smallest(Plain.Hematoma.SemiAxes), 24, false);
        var marked = Render(new HematomaAppearance(70, [blob], null, null, null));

        var deltas = Darkening(marked).Select(v => v.Delta).Where(d => d > 1).ToList();

        Assert.Contains(deltas, d => d is > 3 and < 20);
        Assert.InRange(deltas.Max(), 23, 25);
    }

    [Fact]
    public void Fluid_level_makes_the_dependent_posterior_part_denser()
    {
        var posterior = Plain.Pose.ToHead(Plain.Pose.Centre + new Vector3D(0, -1, 0));
        var level = new DensitySplit(posterior.Normalized(), 0, BeyondDeltaHu: 10, BeforeDeltaHu: -16);
        var marked = Render(new HematomaAppearance(70, [], null, null, level));

        var hematoma = SyntheticCases.Voxels(marked.Image.Size, (x, y, z) => marked.Hematoma[x, y, z] > 0.5f).ToList();
        var centreY = hematoma.Average(v => marked.Image.Geometry.VoxelToWorld(v.X, v.Y, v.Z).Y);
        double MeanHu(bool posteriorSide) => hematoma
            .Where(v => marked.Image.Geometry.VoxelToWorld(v.X, v.Y, v.Z).Y < centreY == posteriorSide)
            .Average(v => marked.Image[v.X, v.Y, v.Z]);

        Assert.True(MeanHu(true) - MeanHu(false) > 15, $"{MeanHu(true)} vs {MeanHu(false)}");
    }

    [Fact]
    public void Swirl_darkens_part_of_the_clot_by_its_depth()
    {
        var swirl = new SwirlPattern(2, 0.25, 0, 16, 0.75 * Smallest(Plain.Hematoma.SemiAxes));
        var marked = Render(new HematomaAppearance(70, [], swirl, null, null));

        var changes = Darkening(marked).Where(v => v.Delta > 1).ToList();
        var hematomaVoxels = PlainCase.Hematoma.Voxels.Count(v => v > 0.5f);

        Assert.All(changes, v => Assert.InRange(v.Delta, 15, 17));
        Assert.InRange(changes.Count, hematomaVoxels / 20, hematomaVoxels / 2);
    }

    [Fact]
    public void Irregular_lobes_leave_concave_margins_on_the_largest_slice()
    {
        var lobes = new[] { 0.0, 2.1, 4.2 }
            .Select(angle => new HematomaLobe(new Vector3D(Math.Cos(angle), Math.Sin(angle), 0), 0.8, 8))
            .ToList();
        var fine = SyntheticCases.Plain(256);
        var regular = SyntheticCaseRenderer.Render(fine);
        var lobed = fine.Hematoma.Scaled(0.7) with { Lobes = lobes };
        var irregular = SyntheticCaseRenderer.Render(fine with { Hematoma = lobed });

        var regularSolidity = MaskShape.LargestSliceSolidity(regular.Hematoma);
        var irregularSolidity = MaskShape.LargestSliceSolidity(irregular.Hematoma);

        Assert.True(regularSolidity > 0.93, $"regular {regularSolidity}");
        Assert.True(irregularSolidity < regularSolidity - 0.05, $"{irregularSolidity} vs {regularSolidity}");
    }

    private static RenderedCase Render(HematomaAppearance appearance) =>
        SyntheticCaseRenderer.Render(SyntheticCases.WithAppearance(Plain, appearance));

    /// <summary>How much darker each hematoma voxel is than in the plain case.</summary>
    private static IEnumerable<(int X, int Y, int Z, float Delta)> Darkening(RenderedCase marked) =>
        SyntheticCases.Voxels(marked.Image.Size, (x, y, z) => PlainCase.Hematoma[x, y, z] > 0.5f)
            .Select(v => (v.X, v.Y, v.Z, PlainCase.Image[v.X, v.Y, v.Z] - marked.Image[v.X, v.Y, v.Z]));

    private static double Smallest(Vector3D axes) => Math.Min(axes.X, Math.Min(axes.Y, axes.Z));
}
