using System.Runtime.CompilerServices;

namespace Experiments.Plugins.Preprocessing.SkullStripping;

/// <summary>
/// Fills the holes of an axial slice: unset pixels that cannot reach the slice's border through
/// 4-connected unset pixels become set (SciPy's <c>binary_fill_holes</c> in 2D). The unset runs of
/// each row are joined with the runs they touch in the row above; runs not joined to the border
/// are holes.
/// </summary>
internal static class HoleFilling
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void FillSlice(ReadOnlySpan<bool> mask, Span<bool> result, int width, RowRuns runs,
        DisjointSets sets)
    {
        var height = mask.Length / width;
        runs.Find(mask, width, value: false);
        var border = runs.Count;
        sets.Reset(runs.Count + 1);
        for (var y = 0; y < height; y++)
        {
            for (var run = runs.First(y); run < runs.First(y + 1); run++)
            {
                if (y == 0 || y == height - 1 || runs.Start(run) == 0 || runs.End(run) == width)
                {
                    sets.Union(run, border);
                }
            }

            if (y > 0)
            {
                RowRuns.UniteOverlaps(runs, y - 1, 0, runs, y, 0, sets);
            }
        }

        mask.CopyTo(result);
        var outside = sets.Find(border);
        for (var y = 0; y < height; y++)
        {
            for (var run = runs.First(y); run < runs.First(y + 1); run++)
            {
                if (sets.Find(run) != outside)
                {
                    result.Slice(y * width + runs.Start(run), runs.End(run) - runs.Start(run)).Fill(true);
                }
            }
        }
    }
}
