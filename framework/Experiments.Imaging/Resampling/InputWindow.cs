using Experiments.Imaging.Geometry;

namespace Experiments.Imaging.Resampling;

/// <summary>
/// The block of input voxels a resampling can touch: the input indices of the output grid's
/// corners, widened by a margin and clipped to the grid. The spline prefilter runs on this block
/// only; its recursive filter forgets a boundary by a factor 0.268 per voxel, so a 32-voxel margin
/// leaves the coefficients inside equal to the whole volume's within 1e-18 of the value range.
/// Where the block meets the grid's real edge the mirror boundary is the real one.
/// </summary>
internal readonly record struct InputWindow(int X0, int Y0, int Z0, GridSize Size)
{
    private const int Margin = 32;

    public static InputWindow Covering(IndexTransform transform, GridSize output, GridSize input)
    {
        double[] min = [double.MaxValue, double.MaxValue, double.MaxValue];
        double[] max = [double.MinValue, double.MinValue, double.MinValue];
        foreach (var i in new[] { 0, output.X - 1 })
        foreach (var j in new[] { 0, output.Y - 1 })
        foreach (var k in new[] { 0, output.Z - 1 })
        {
            var p = transform.Map(i, j, k);
            double[] at = [p.X, p.Y, p.Z];
            for (var a = 0; a < 3; a++)
            {
                min[a] = Math.Min(min[a], at[a]);
                max[a] = Math.Max(max[a], at[a]);
            }
        }

        int[] length = [input.X, input.Y, input.Z];
        var from = new int[3];
        var to = new int[3];
        for (var a = 0; a < 3; a++)
        {
            from[a] = (int)Math.Clamp(Math.Floor(min[a]) - Margin, 0, length[a] - 1);
            to[a] = (int)Math.Clamp(Math.Ceiling(max[a]) + Margin, from[a], length[a] - 1);
        }

        return new InputWindow(from[0], from[1], from[2],
            new GridSize(to[0] - from[0] + 1, to[1] - from[1] + 1, to[2] - from[2] + 1));
    }
}
