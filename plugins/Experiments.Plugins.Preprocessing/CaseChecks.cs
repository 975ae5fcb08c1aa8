using Experiments.Contracts.Preprocessing;
using Experiments.Imaging;

namespace Experiments.Plugins.Preprocessing;

/// <summary>Checks every step makes on its input case before touching the data.</summary>
internal static class CaseChecks
{
    /// <summary>Largest difference between two affines' entries (mm) that still counts as one grid.</summary>
    public const double GridToleranceMm = 1e-3;

    public static void RequireMasksOnImageGrid(ImagingCase input)
    {
        foreach (var (name, mask) in input.Masks)
        {
            if (mask.Size != input.Image.Size)
            {
                throw new CaseException(input.Id,
                    $"the '{name}' mask is {mask.Size} voxels but the image is {input.Image.Size}; " +
                    "image and masks must share one grid.");
            }

            var difference = mask.Geometry.MaxAffineDifference(input.Image.Geometry);
            if (difference > GridToleranceMm)
            {
                throw new CaseException(input.Id,
                    $"the '{name}' mask is placed differently from the image (affines differ by up to " +
                    FormattableString.Invariant($"{difference:G4} mm, tolerance {GridToleranceMm} mm); ") +
                    "image and masks must share one grid.");
            }
        }
    }

    public static double VoxelVolumeMm3(Volume volume)
    {
        var g = volume.Geometry;
        var i = g.AxisI * g.Spacing.X;
        var j = g.AxisJ * g.Spacing.Y;
        var k = g.AxisK * g.Spacing.Z;
        return Math.Abs(i.Dot(j.Cross(k)));
    }
}
