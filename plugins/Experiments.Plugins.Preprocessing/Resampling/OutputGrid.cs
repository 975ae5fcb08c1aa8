using Experiments.Imaging;
using Experiments.Imaging.Geometry;

namespace Experiments.Plugins.Preprocessing.Resampling;

/// <summary>
/// The resampled grid: orthonormal axes taken from the input (x along the input's rows, y along
/// its columns made perpendicular to x, z their normal on the side of the input's slice axis), so
/// an axial scan stays axial and a gantry-tilted (sheared) series comes out unsheared.
/// </summary>
internal sealed record OutputGrid(GridSize Size, VolumeGeometry Geometry)
{
    public static (Vector3D U, Vector3D V, Vector3D W) Axes(VolumeGeometry input)
    {
        var u = input.AxisI.Normalized();
        var v = (input.AxisJ - u * input.AxisJ.Dot(u)).Normalized();
        var w = u.Cross(v);
        return (u, v, w.Dot(input.AxisK) < 0 ? w * -1 : w);
    }

    public static OutputGrid Centred(Volume input, Vector3D centre, GridSize size, Vector3D spacing)
    {
        var (u, v, w) = Axes(input.Geometry);
        var origin = centre
                     - u * (spacing.X * (size.X - 1) / 2)
                     - v * (spacing.Y * (size.Y - 1) / 2)
                     - w * (spacing.Z * (size.Z - 1) / 2);
        return new OutputGrid(size, new VolumeGeometry(spacing, origin, u, v, w));
    }

    /// <summary>The input's extent (between its outermost voxel centres) along the output axes, in mm.</summary>
    public static Vector3D Extent(Volume input)
    {
        var (u, v, w) = Axes(input.Geometry);
        double[] min = [double.MaxValue, double.MaxValue, double.MaxValue];
        double[] max = [double.MinValue, double.MinValue, double.MinValue];
        foreach (var i in new[] { 0, input.Size.X - 1 })
        foreach (var j in new[] { 0, input.Size.Y - 1 })
        foreach (var k in new[] { 0, input.Size.Z - 1 })
        {
            var p = input.Geometry.VoxelToWorld(i, j, k);
            double[] projected = [p.Dot(u), p.Dot(v), p.Dot(w)];
            for (var a = 0; a < 3; a++)
            {
                min[a] = Math.Min(min[a], projected[a]);
                max[a] = Math.Max(max[a], projected[a]);
            }
        }

        return new Vector3D(max[0] - min[0], max[1] - min[1], max[2] - min[2]);
    }
}
