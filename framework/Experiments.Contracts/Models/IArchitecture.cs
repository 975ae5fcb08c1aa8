using TorchSharp;
using static TorchSharp.torch;

namespace Experiments.Contracts.Models;

/// <summary>Builds the network an experiment trains.</summary>
public interface IArchitecture
{
    /// <summary>The tasks the network has heads for, e.g. <c>segmentation</c> and <c>expansion</c>.</summary>
    IReadOnlyList<string> Tasks { get; }

    /// <summary>
    /// A new network for inputs of (batch, channels, depth, height, width). The module's
    /// <c>SharedParameters</c> (see <see cref="IMultiTaskNetwork"/>) serve gradient-based weightings.
    /// </summary>
    IMultiTaskNetwork Build(int inputChannels);

    /// <summary>
    /// The parameter count the published model reports, printed beside the built network's own
    /// count by the model summary; null when there is nothing to compare with.
    /// </summary>
    long? ReferenceParameterCount => null;
}

/// <summary>A network with one head per task over a shared trunk.</summary>
public interface IMultiTaskNetwork
{
    nn.Module<Tensor, TaskOutputs> Module { get; }

    /// <summary>The parameters of the last layer all tasks share (GradNorm measures gradients there).</summary>
    IReadOnlyList<TorchSharp.Modules.Parameter> SharedParameters { get; }
}
