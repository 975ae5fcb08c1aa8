using Experiments.Imaging;
using Experiments.Imaging.Geometry;

namespace Experiments.Plugins.Preprocessing.Resampling;

/// <summary>The output grid's size and spacing as the options fix them, checked once.</summary>
internal sealed class GridSpecification
{
    private readonly Vector3D _spacing;

    private GridSpecification(GridSize? size, Vector3D spacing)
    {
        FixedSize = size;
        _spacing = spacing;
    }

    /// <summary>The grid size when the options fix it; null when it follows the input's extent.</summary>
    public GridSize? FixedSize { get; }

    public static GridSpecification From(ResampleOptions options)
    {
        var fov = Vector(options.FieldOfViewMm, "field_of_view_mm");
        var matrix = options.Matrix is null ? (GridSize?)null : Size(options.Matrix);
        var spacing = Vector(options.SpacingMm, "spacing_mm");
        var given = (fov is null ? 0 : 1) + (matrix is null ? 0 : 1) + (spacing is null ? 0 : 1);
        OptionChecks.Require(given == 2 || (given == 1 && spacing is not null), "field_of_view_mm",
            "matrix and spacing_mm: give two of the three (set the third to null), or spacing_mm alone");

        if (spacing is null)
        {
            var size = matrix!.Value;
            return new GridSpecification(size, new Vector3D(fov!.Value.X / size.X, fov.Value.Y / size.Y, fov.Value.Z / size.Z));
        }

        if (matrix is not null)
        {
            return new GridSpecification(matrix, spacing.Value);
        }

        return fov is null ? new GridSpecification(null, spacing.Value) : FromFieldOfView(fov.Value, spacing.Value);
    }

    public (GridSize Size, Vector3D Spacing) For(Volume input)
    {
        if (FixedSize is { } size)
        {
            return (size, _spacing);
        }

        var extent = OutputGrid.Extent(input);
        return (new GridSize(Count(extent.X, _spacing.X), Count(extent.Y, _spacing.Y), Count(extent.Z, _spacing.Z)),
            _spacing);
    }

    private static int Count(double extent, double spacing) => (int)Math.Floor(extent / spacing + 1e-6) + 1;

    private static GridSpecification FromFieldOfView(Vector3D fov, Vector3D spacing)
    {
        double[] ratios = [fov.X / spacing.X, fov.Y / spacing.Y, fov.Z / spacing.Z];
        OptionChecks.Require(ratios.All(r => Math.Abs(r - Math.Round(r)) < 1e-6), "spacing_mm",
            "must divide field_of_view_mm into whole voxels, got " +
            string.Join(", ", ratios.Select(r => r.ToString("G6", System.Globalization.CultureInfo.InvariantCulture))) +
            " voxels per axis");
        return new GridSpecification(
            new GridSize((int)Math.Round(ratios[0]), (int)Math.Round(ratios[1]), (int)Math.Round(ratios[2])), spacing);
    }

    private static Vector3D? Vector(double[]? values, string option)
    {
        if (values is null)
        {
            return null;
        }

        OptionChecks.Require(values.Length == 3 && values.All(v => v > 0 && double.IsFinite(v)), option,
            $"needs three positive numbers (x, y, z), got [{string.Join(", ", values)}]");
        return new Vector3D(values[0], values[1], values[2]);
    }

    private static GridSize Size(int[] values)
    {
        OptionChecks.Require(values.Length == 3 && values.All(v => v > 0), "matrix",
            $"needs three positive voxel counts (x, y, z), got [{string.Join(", ", values)}]");
        return new GridSize(values[0], values[1], values[2]);
    }
}
