using Experiments.Contracts.Preprocessing;
using Experiments.Data.Preprocessing;
using Experiments.Imaging;
using Experiments.Imaging.Resampling;

namespace Experiments.Runner.Prediction;

/// <summary>
/// Runs an experiment's preprocessing steps on one unlabelled scan. The brain mask is kept as it
/// stood the last time the case was still on the scan's own grid (after skull stripping, before
/// resampling), so it is exact rather than a round trip through the coarser network grid.
/// </summary>
public sealed class ScanPreprocessing
{
    /// <summary>How far (mm) an affine may move and still be the scan's own grid.</summary>
    private const double SameGridMm = 1e-6;

    private readonly IReadOnlyList<PipelineStep> _steps;

    public ScanPreprocessing(IReadOnlyList<PipelineStep> steps)
    {
        PreprocessingPipeline.Check(steps, datasetMasks: []);
        _steps = steps;
    }

    public PreprocessedScan Run(string caseId, Volume scan)
    {
        var current = new ImagingCase(caseId, scan, new Dictionary<string, Volume>());
        Volume? brainOnScan = null;
        foreach (var step in _steps)
        {
            current = step.Preprocessor.Apply(current);
            if (OnGridOf(current.Image, scan) && current.Masks.TryGetValue(ImagingCase.BrainMask, out var brain))
            {
                brainOnScan = brain;
            }
        }

        if (brainOnScan is null && current.Masks.TryGetValue(ImagingCase.BrainMask, out var late))
        {
            brainOnScan = ResampleBack.Mask(late, scan.Size, scan.Geometry);
        }

        return new PreprocessedScan(scan, current, brainOnScan);
    }

    private static bool OnGridOf(Volume volume, Volume scan) =>
        volume.Size == scan.Size && volume.Geometry.MaxAffineDifference(scan.Geometry) <= SameGridMm;
}
