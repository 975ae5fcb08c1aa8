using System.Globalization;
using System.Text;

namespace Experiments.Imaging.Geometry;

/// <summary>Checks that volumes meant to be read voxel by voxel together share one grid.</summary>
public static class GeometryComparison
{
    /// <summary>
    /// Refuses an image and mask whose grid sizes differ or whose affines differ by more than
    /// <paramref name="toleranceMm"/> in any entry; the message shows both affines.
    /// </summary>
    public static void RequireSameGrid(Volume image, Volume mask, string caseId, double toleranceMm)
    {
        if (image.Size != mask.Size)
        {
            throw new GeometryMismatchException(caseId,
                $"Case '{caseId}': the image is {image.Size} voxels but the mask is {mask.Size}; " +
                "an image and its mask must share one grid.\n" + DescribeBoth(image.Geometry, mask.Geometry));
        }

        var difference = image.Geometry.MaxAffineDifference(mask.Geometry);
        if (!(difference <= toleranceMm))
        {
            throw new GeometryMismatchException(caseId,
                FormattableString.Invariant(
                    $"Case '{caseId}': the image and mask affines differ by up to {difference:G4} mm, more than the ") +
                FormattableString.Invariant($"{toleranceMm:G4} mm allowed.\n") +
                DescribeBoth(image.Geometry, mask.Geometry));
        }
    }

    /// <summary>A 4 x 4 affine as four bracketed rows, e.g. for error messages.</summary>
    public static string FormatAffine(double[,] affine)
    {
        var text = new StringBuilder();
        for (var row = 0; row < 4; row++)
        {
            var cells = Enumerable.Range(0, 4).Select(c => affine[row, c].ToString("F4", CultureInfo.InvariantCulture));
            text.Append("  [").AppendJoin(", ", cells).Append(']').Append('\n');
        }

        return text.ToString();
    }

    private static string DescribeBoth(VolumeGeometry image, VolumeGeometry mask) =>
        "image affine:\n" + FormatAffine(image.Affine) + "mask affine:\n" + FormatAffine(mask.Affine);
}
