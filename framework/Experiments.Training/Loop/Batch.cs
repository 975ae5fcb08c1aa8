using static TorchSharp.torch;

namespace Experiments.Training.Loop;

/// <summary>Samples stacked into tensors: the image as (batch, 1, depth, height, width), one target per task.</summary>
public sealed class Batch(Tensor image, IReadOnlyDictionary<string, Tensor> targets, IReadOnlyList<string> caseIds)
    : IDisposable
{
    public Tensor Image { get; } = image;

    public IReadOnlyDictionary<string, Tensor> Targets { get; } = targets;

    public IReadOnlyList<string> CaseIds { get; } = caseIds;

    public void Dispose()
    {
        Image.Dispose();
        foreach (var target in Targets.Values)
        {
            target.Dispose();
        }
    }
}
