using Experiments.Contracts.Augmentation;
using Experiments.Contracts.Preprocessing;
using Experiments.Data.Datasets;

namespace Experiments.Runner.Cases;

/// <summary>
/// Turns a preprocessed case into the trainer's sample. A volume's voxel order (x fastest, then
/// y, then z) is the (depth, height, width) order of the sample, so the arrays are shared.
/// </summary>
public static class SampleBuilder
{
    public static TrainingSample Build(ImagingCase preprocessed, DatasetCase source, string maskName, string labelName)
    {
        var image = preprocessed.Image;
        var mask = preprocessed.RequireMask(maskName);
        var labels = new Dictionary<string, float> { [labelName] = source.Expansion ? 1f : 0f };
        return new TrainingSample(
            source.Id, image.Size.Z, image.Size.Y, image.Size.X, image.Voxels, mask.Voxels, labels);
    }
}
