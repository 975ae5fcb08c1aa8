using System.Runtime.CompilerServices;
using Experiments.Imaging.Geometry;

namespace Experiments.Plugins.Preprocessing.SkullStripping;

/// <summary>
/// The largest 6-connected component of a 3D binary mask (on a tie, the one whose first voxel
/// comes first in memory order). Works on runs along x: runs sharing a column with a run of the
/// row above or of the same row in the slice below belong to one component.
/// </summary>
internal static class LargestComponent
{
    public static bool[] Keep(bool[] mask, GridSize size)
    {
        var plane = size.X * size.Y;
        var slices = new RowRuns[size.Z];
        Parallel.For(0, size.Z, k =>
        {
            slices[k] = new RowRuns();
            slices[k].Find(mask.AsSpan(k * plane, plane), size.X, value: true);
        });

        var offsets = new int[size.Z + 1];
        for (var k = 0; k < size.Z; k++)
        {
            offsets[k + 1] = offsets[k] + slices[k].Count;
        }

        var sets = Join(slices, offsets, size);
        var label = Largest(slices, offsets, sets);
        var result = new bool[mask.Length];
        if (label < 0)
        {
            return result;
        }

        var labels = new int[offsets[size.Z]];
        for (var run = 0; run < labels.Length; run++)
        {
            labels[run] = sets.Find(run);
        }

        Parallel.For(0, size.Z, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (k) =>
        {
            var runs = slices[k];
            for (var y = 0; y < size.Y; y++)
            {
                for (var run = runs.First(y); run < runs.First(y + 1); run++)
                {
                    if (labels[offsets[k] + run] == label)
                    {
                        result.AsSpan(k * plane + y * size.X + runs.Start(run), runs.End(run) - runs.Start(run))
                            .Fill(true);
                    }
                }
            }
        });
        return result;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static DisjointSets Join(RowRuns[] slices, int[] offsets, GridSize size)
    {
        var sets = new DisjointSets();
        sets.Reset(offsets[size.Z]);
        for (var k = 0; k < size.Z; k++)
        {
            for (var y = 0; y < size.Y; y++)
            {
                if (y > 0)
                {
                    RowRuns.UniteOverlaps(slices[k], y - 1, offsets[k], slices[k], y, offsets[k], sets);
                }

                if (k > 0)
                {
                    RowRuns.UniteOverlaps(slices[k - 1], y, offsets[k - 1], slices[k], y, offsets[k], sets);
                }
            }
        }

        return sets;
    }

    // The representative of the component with most voxels; components are visited in the order
    // of their first run, which is the order of their first voxel. -1 when the mask is empty.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Largest(RowRuns[] slices, int[] offsets, DisjointSets sets)
    {
        var voxels = new long[offsets[^1]];
        for (var k = 0; k < slices.Length; k++)
        {
            for (var run = 0; run < slices[k].Count; run++)
            {
                voxels[sets.Find(offsets[k] + run)] += slices[k].End(run) - slices[k].Start(run);
            }
        }

        var best = -1;
        for (var run = 0; run < voxels.Length; run++)
        {
            if (sets.Find(run) == run && (best < 0 || voxels[run] > voxels[best]))
            {
                best = run;
            }
        }

        return best;
    }
}
