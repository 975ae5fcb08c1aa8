using Experiments.Contracts.Components;
using Experiments.Contracts.Preprocessing;
using Experiments.Imaging;
using Experiments.Imaging.Geometry;
using Experiments.Imaging.Resampling;
using Experiments.Plugins.Preprocessing.Resampling;
using Microsoft.Extensions.Logging;

namespace Experiments.Plugins.Preprocessing.SeriesToVolume;

/// <summary>
/// Step 1 of the paper: the series, already read into a volume by the dataset loader, becomes the
/// case's volume. This step checks it (finite voxels, a non-degenerate geometry, binary masks on
/// the image's grid), reports its geometry, and handles a sheared (gantry-tilted) grid as
/// irregular_series says.
/// </summary>
[Component(ComponentKind.Preprocessor, "series-to-volume", Description = "Check the scan's volume and geometry")]
public sealed class SeriesToVolumePreprocessor : IPreprocessor
{
    /// <summary>Largest |cosine| between axes still counted as perpendicular.</summary>
    public const double ShearTolerance = 1e-4;

    private readonly SeriesToVolumeOptions _options;
    private readonly ILogger _logger;

    public SeriesToVolumePreprocessor(SeriesToVolumeOptions options, ComponentContext context)
    {
        OptionChecks.Require(double.IsFinite(options.OutsideHu), "outside_hu",
            $"must be a number, got {options.OutsideHu}");
        _options = options;
        _logger = context.LoggerFactory.CreateLogger<SeriesToVolumePreprocessor>();
    }

    public PipelineShape DescribeOutput(PipelineShape input) =>
        _options.IrregularSeries == IrregularSeriesHandling.Resample ? input with { Size = null } : input;

    public ImagingCase Apply(ImagingCase input)
    {
        CheckGeometry(input);
        CheckVoxels(input.Id, "image", input.Image, binary: false);
        CaseChecks.RequireMasksOnImageGrid(input);
        foreach (var (name, mask) in input.Masks)
        {
            CheckVoxels(input.Id, $"'{name}' mask", mask, binary: true);
        }

        var shear = ShearDegrees(input.Image.Geometry);
        _logger.LogDebug("Case {Case}: {Size} voxels, spacing {Spacing} mm, shear {Shear:F2} degrees",
            input.Id, input.Image.Size, input.Image.Geometry.Spacing, shear);
        if (shear == 0 || _options.IrregularSeries == IrregularSeriesHandling.Keep)
        {
            return input;
        }

        if (_options.IrregularSeries == IrregularSeriesHandling.Error)
        {
            throw new CaseException(input.Id, FormattableString.Invariant(
                $"the series is sheared by {shear:F2} degrees (gantry tilt) and irregular_series is 'error'."));
        }

        return Unshear(input);
    }

    private ImagingCase Unshear(ImagingCase input)
    {
        var image = input.Image;
        var (_, _, w) = OutputGrid.Axes(image.Geometry);
        var spacing = image.Geometry.Spacing;
        var sliceSpacing = spacing.Z * Math.Abs(image.Geometry.AxisK.Dot(w));
        var extent = OutputGrid.Extent(image);
        var plain = new Vector3D(spacing.X, spacing.Y, sliceSpacing);
        var size = new GridSize(Count(extent.X, plain.X), Count(extent.Y, plain.Y), Count(extent.Z, plain.Z));
        var grid = OutputGrid.Centred(image, OutputGrid.ImageCentre(image), size, plain);
        var resampled = VolumeResampler.Resample(
            image, size, grid.Geometry, Interpolation.Linear, (float)_options.OutsideHu);
        var masks = input.Masks.ToDictionary(
            pair => pair.Key,
            pair => VolumeResampler.ResampleMask(pair.Value, size, grid.Geometry, Interpolation.Nearest));
        return input with { Image = resampled, Masks = masks };
    }

    private static int Count(double extent, double spacing) => (int)Math.Round(extent / spacing) + 1;

    private static double ShearDegrees(VolumeGeometry geometry)
    {
        var (u, v, _) = OutputGrid.Axes(geometry);
        var cosines = new[]
        {
            Math.Abs(geometry.AxisI.Normalized().Dot(geometry.AxisJ.Normalized())),
            Math.Abs(geometry.AxisK.Normalized().Dot(u)),
            Math.Abs(geometry.AxisK.Normalized().Dot(v)),
        };
        var worst = cosines.Max();
        return worst < ShearTolerance ? 0 : 90 - Math.Acos(worst) * 180 / Math.PI;
    }

    private static void CheckGeometry(ImagingCase input)
    {
        var g = input.Image.Geometry;
        double[] spacing = [g.Spacing.X, g.Spacing.Y, g.Spacing.Z];
        if (spacing.Any(s => !(s > 0) || !double.IsFinite(s)))
        {
            throw new CaseException(input.Id, $"the image's voxel spacing {g.Spacing} mm is not positive and finite.");
        }

        if (CaseChecks.VoxelVolumeMm3(input.Image) < 1e-9 * spacing[0] * spacing[1] * spacing[2])
        {
            throw new CaseException(input.Id, "the image's axes are degenerate (parallel); the geometry is unusable.");
        }
    }

    private static void CheckVoxels(string caseId, string what, Volume volume, bool binary)
    {
        var (nonFinite, nonBinary) = VoxelCensus.Of(volume.Voxels);

        if (nonFinite > 0)
        {
            throw new CaseException(caseId, $"the {what} has {nonFinite} voxels that are NaN or infinite.");
        }

        if (binary && nonBinary > 0)
        {
            throw new CaseException(caseId,
                $"the {what} has {nonBinary} voxels that are neither 0 nor 1; masks must be binary.");
        }
    }
}
