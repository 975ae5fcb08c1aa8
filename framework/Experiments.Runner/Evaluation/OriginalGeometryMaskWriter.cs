using Experiments.Contracts.Augmentation;
using Experiments.Training.Evaluation;
using Experiments.Imaging;
using Experiments.Imaging.Geometry;
using Experiments.Imaging.Nifti;
using Experiments.Imaging.Resampling;

namespace Experiments.Runner.Evaluation;

/// <summary>
/// Writes a predicted mask as NIfTI on the original scan's grid: the mask on the network's grid
/// (the preprocessed case's geometry) is resampled back (linear, thresholded at 0.5), so it opens over
/// the scan in ITK-SNAP or 3D Slicer.
/// </summary>
internal sealed class OriginalGeometryMaskWriter(
    string folder,
    IReadOnlyDictionary<string, VolumeGeometry> networkGrids,
    Func<string, Volume> readOriginalScan) : IPredictedMaskWriter
{
    public string Write(TrainingSample sample, string task, byte[] mask)
    {
        var grid = new GridSize(sample.Width, sample.Height, sample.Depth);
        var predicted = new Volume(grid, networkGrids[sample.CaseId], mask.Select(v => (float)v).ToArray());
        var original = readOriginalScan(sample.CaseId);
        var back = ResampleBack.Mask(predicted, original.Size, original.Geometry);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{sample.CaseId}_{task}.nii.gz");
        NiftiWriter.Write(back, path, new NiftiWriteOptions(NiftiStorageType.UInt8));
        return path;
    }
}
