using Experiments.Data.Datasets;
using Experiments.Data.Synthetic;
using Experiments.Imaging;
using Experiments.Imaging.Geometry;

namespace Experiments.Data.Tests.Synthetic;

/// <summary>Synthetic cases with chosen markers, for comparing images that differ in one marker only.</summary>
internal static class SyntheticCases
{
    public const ulong Seed = 20260412;

    /// <summary>
    /// A case with a smooth ellipsoidal hematoma (semi-axes 12, 13 and 10 mm, about 6.5 mL) of
    /// uniform density (70 HU) and no markers, at the site the sampler drew.
    /// </summary>
    public static SyntheticCaseSpec Plain(int matrix, int index = 3)
    {
        var spec = SyntheticCaseSampler.Sample(Seed, index, matrix, new ExpansionRiskModel());
        var shape = new HematomaShape(spec.Hematoma.Centre, new Vector3D(12, 13, 10), []);
        return spec with
        {
            Hematoma = shape,
            Appearance = new HematomaAppearance(70, [], null, null, null),
            Markers = NcctMarkers.None,
        };
    }

    public static SyntheticCaseSpec WithAppearance(SyntheticCaseSpec plain, HematomaAppearance appearance) =>
        plain with { Appearance = appearance };

    /// <summary>True for a mask voxel with a 6-neighbour outside the mask (or outside the grid).</summary>
    public static bool IsOnMaskEdge(Volume mask, int x, int y, int z)
    {
        var size = mask.Size;
        bool Outside(int i, int j, int k) =>
            i < 0 || j < 0 || k < 0 || i >= size.X || j >= size.Y || k >= size.Z || mask[i, j, k] < 0.5f;
        return Outside(x - 1, y, z) || Outside(x + 1, y, z) || Outside(x, y - 1, z) || Outside(x, y + 1, z) ||
               Outside(x, y, z - 1) || Outside(x, y, z + 1);
    }

    /// <summary>Voxel indices where a predicate holds.</summary>
    public static IEnumerable<(int X, int Y, int Z)> Voxels(GridSize size, Func<int, int, int, bool> where)
    {
        for (var z = 0; z < size.Z; z++)
        for (var y = 0; y < size.Y; y++)
        for (var x = 0; x < size.X; x++)
        {
            if (where(x, y, z))
            {
                yield return (x, y, z);
            }
        }
    }
}
