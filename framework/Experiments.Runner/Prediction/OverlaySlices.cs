using Experiments.Imaging;

namespace Experiments.Runner.Prediction;

/// <summary>
/// Picks the axial slices worth showing: those with the largest predicted area, largest first;
/// when nothing is predicted, those with the largest brain area, so the picture still shows what
/// the model looked at.
/// </summary>
public static class OverlaySlices
{
    public static IReadOnlyList<int> Choose(Volume mask, Volume? brain, int count)
    {
        var predicted = AreaPerSlice(mask);
        var areas = predicted.Any(a => a > 0) || brain is null ? predicted : AreaPerSlice(brain);
        var anyArea = areas.Any(a => a > 0);
        return Enumerable.Range(0, areas.Length)
            .Where(z => areas[z] > 0 || !anyArea)
            .OrderByDescending(z => areas[z])
            .ThenBy(z => Math.Abs(z - areas.Length / 2))
            .Take(count)
            .Order()
            .ToList();
    }

    private static int[] AreaPerSlice(Volume mask)
    {
        var size = mask.Size;
        var sliceVoxels = size.X * size.Y;
        var areas = new int[size.Z];
        for (var z = 0; z < size.Z; z++)
        {
            var slice = mask.Voxels.AsSpan(z * sliceVoxels, sliceVoxels);
            foreach (var value in slice)
            {
                if (value >= 0.5f)
                {
                    areas[z]++;
                }
            }
        }

        return areas;
    }
}
