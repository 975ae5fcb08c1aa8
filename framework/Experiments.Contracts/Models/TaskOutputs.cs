using static TorchSharp.torch;

namespace Experiments.Contracts.Models;

/// <summary>
/// The raw outputs (logits) of a multi-task network keyed by task name: <c>segmentation</c> as
/// (batch, 1, depth, height, width), a case-level task such as <c>expansion</c> as (batch, 1).
/// </summary>
public sealed class TaskOutputs(IReadOnlyDictionary<string, Tensor> outputs) : IDisposable
{
    public IReadOnlyDictionary<string, Tensor> Outputs { get; } = outputs;

    public Tensor this[string task] =>
        Outputs.TryGetValue(task, out var tensor)
            ? tensor
            : throw new KeyNotFoundException(
                $"The network has no output for task '{task}'; it produces: {string.Join(", ", Outputs.Keys)}.");

    public void Dispose()
    {
        foreach (var tensor in Outputs.Values)
        {
            tensor.Dispose();
        }
    }
}
