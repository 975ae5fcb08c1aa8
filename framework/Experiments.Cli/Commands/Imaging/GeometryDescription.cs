using Experiments.Imaging.Geometry;

namespace Experiments.Cli.Commands.Imaging;

/// <summary>A geometry's numbers in the shape the inspection report prints them.</summary>
public sealed record GeometryDescription(
    double[] Spacing, double[] Origin, double[][] Direction, double[][] Affine, string Orientation)
{
    public static GeometryDescription Of(VolumeGeometry geometry)
    {
        var affine = geometry.Affine;
        var axes = new[] { geometry.AxisI, geometry.AxisJ, geometry.AxisK };
        return new GeometryDescription(
            Components(geometry.Spacing),
            Components(geometry.Origin),
            [[axes[0].X, axes[1].X, axes[2].X], [axes[0].Y, axes[1].Y, axes[2].Y], [axes[0].Z, axes[1].Z, axes[2].Z]],
            Enumerable.Range(0, 4).Select(r => Enumerable.Range(0, 4).Select(c => affine[r, c]).ToArray()).ToArray(),
            AxisCodes.Of(geometry));
    }

    private static double[] Components(Vector3D v) => [v.X, v.Y, v.Z];
}
