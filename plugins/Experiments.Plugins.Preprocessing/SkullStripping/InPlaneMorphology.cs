using System.Runtime.CompilerServices;

namespace Experiments.Plugins.Preprocessing.SkullStripping;

/// <summary>
/// Binary dilation and erosion of one axial slice by an <see cref="InPlaneDisk"/>. Works on the
/// runs of each row: a run grows by the disk's half-width of each row it reaches, so the cost
/// follows the number of runs, not of pixels. Outside the slice counts as unset for dilation and
/// as set for erosion (erosion is the dilation of the unset pixels, inverted).
/// </summary>
internal static class InPlaneMorphology
{
    /// <summary>Pixels within the disk of a set pixel of <paramref name="slice"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Dilate(ReadOnlySpan<bool> slice, Span<bool> result, int width, InPlaneDisk disk, RowRuns runs)
    {
        runs.Find(slice, width, value: true);
        result.Clear();
        Spread(result, width, disk, runs, value: true);
    }

    /// <summary>Set pixels of <paramref name="slice"/> whose disk lies inside the set.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Erode(ReadOnlySpan<bool> slice, Span<bool> result, int width, InPlaneDisk disk, RowRuns runs)
    {
        runs.Find(slice, width, value: false);
        result.Fill(true);
        Spread(result, width, disk, runs, value: false);
    }

    // Writes value over each run grown by the disk, into every row the disk reaches from the run's row.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Spread(Span<bool> result, int width, InPlaneDisk disk, RowRuns runs, bool value)
    {
        var height = result.Length / width;
        for (var y = 0; y < height; y++)
        {
            var row = result.Slice(y * width, width);
            for (var dy = -disk.RowReach; dy <= disk.RowReach; dy++)
            {
                var source = y + dy;
                if (source < 0 || source >= height)
                {
                    continue;
                }

                var columns = disk.Columns(dy);
                for (var run = runs.First(source); run < runs.First(source + 1); run++)
                {
                    var from = Math.Max(0, runs.Start(run) - columns);
                    var to = Math.Min(width, runs.End(run) + columns);
                    row[from..to].Fill(value);
                }
            }
        }
    }
}
