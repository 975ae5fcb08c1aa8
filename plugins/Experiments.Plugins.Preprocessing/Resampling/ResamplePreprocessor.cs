using Experiments.Contracts.Components;
using Experiments.Contracts.Preprocessing;
using Experiments.Imaging;
using Experiments.Imaging.Geometry;
using Experiments.Imaging.Resampling;
using Microsoft.Extensions.Logging;

namespace Experiments.Plugins.Preprocessing.Resampling;

/// <summary>
/// Resamples the case onto a new grid: a field of view in mm at a matrix size (or a spacing),
/// centred on the brain mask's centroid or the image centre, with axes as <see cref="OutputGrid"/>
/// describes. The image uses nearest, linear or cubic B-spline interpolation (SciPy's
/// <c>map_coordinates</c> orders 0, 1, 3, <c>mode="constant"</c> with outside_hu); masks stay binary.
/// The output geometry places the new grid in the same world frame, so
/// <see cref="ResampleBack"/> maps a prediction back onto the scan's original grid.
/// </summary>
[Component(ComponentKind.Preprocessor, "resample", Description = "Resample to a field of view and matrix")]
public sealed class ResamplePreprocessor : IPreprocessor
{
    private readonly ResampleOptions _options;
    private readonly GridSpecification _grid;
    private readonly ILogger _logger;

    public ResamplePreprocessor(ResampleOptions options, ComponentContext context)
    {
        OptionChecks.Require(options.MaskInterpolation != Interpolation.Cubic, "mask_interpolation",
            "must be nearest or linear (thresholded at 0.5) so masks stay binary, got cubic");
        OptionChecks.Require(double.IsFinite(options.OutsideHu), "outside_hu",
            $"must be a number, got {options.OutsideHu}");
        _grid = GridSpecification.From(options);
        _options = options;
        _logger = context.LoggerFactory.CreateLogger<ResamplePreprocessor>();
    }

    public PipelineShape DescribeOutput(PipelineShape input)
    {
        if (_options.Centre == ResampleCentre.BrainMask && !input.Masks.Contains(ImagingCase.BrainMask))
        {
            throw new PipelineException(
                "resample is centred on the brain mask (centre: brain-mask), but no earlier step adds the " +
                "'brain' mask. Put skull-strip-otsu before resample, or centre on the image (centre: image).");
        }

        return input with { Size = _grid.FixedSize };
    }

    public ImagingCase Apply(ImagingCase input)
    {
        CaseChecks.RequireMasksOnImageGrid(input);
        var (size, spacing) = _grid.For(input.Image);
        var grid = OutputGrid.Centred(input.Image, Centre(input), size, spacing);
        _logger.LogDebug("Case {Case}: resampling {From} to {To} voxels of {Spacing} mm, origin {Origin}",
            input.Id, input.Image.Size, size, spacing, grid.Geometry.Origin);

        var image = VolumeResampler.Resample(
            input.Image, size, grid.Geometry, _options.Interpolation, (float)_options.OutsideHu);
        var masks = input.Masks.ToDictionary(
            pair => pair.Key,
            pair => VolumeResampler.ResampleMask(pair.Value, size, grid.Geometry, _options.MaskInterpolation));
        return input with { Image = image, Masks = masks };
    }

    private Vector3D Centre(ImagingCase input)
    {
        var image = input.Image;
        if (_options.Centre == ResampleCentre.Image)
        {
            return OutputGrid.ImageCentre(image);
        }

        if (MaskCentroid.Of(input.RequireMask(ImagingCase.BrainMask)) is not { } centroid)
        {
            throw new CaseException(input.Id,
                "the 'brain' mask is empty, so resample has no centre (centre: brain-mask).");
        }

        return image.Geometry.VoxelToWorld(centroid.I, centroid.J, centroid.K);
    }
}
