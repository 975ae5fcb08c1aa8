using Experiments.Contracts.Models;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Experiments.Training.Tests.Doubles;

/// <summary>A two-task network small enough to train in milliseconds: conv trunk, voxel head, pooled case head.</summary>
public sealed class TinyNetwork : nn.Module<Tensor, TaskOutputs>, IMultiTaskNetwork
{
    public const string Segmentation = "segmentation";
    public const string Expansion = "expansion";

    private readonly Conv3d _trunk;
    private readonly Conv3d _voxelHead;
    private readonly Linear _caseHead;

    public TinyNetwork(int channels = 4) : base(nameof(TinyNetwork))
    {
        _trunk = nn.Conv3d(1, channels, 3, padding: 1);
        _voxelHead = nn.Conv3d(channels, 1, 1);
        _caseHead = nn.Linear(channels, 1);
        RegisterComponents();
    }

    public nn.Module<Tensor, TaskOutputs> Module => this;

    public IReadOnlyList<Parameter> SharedParameters => _trunk.parameters().ToList();

    public override TaskOutputs forward(Tensor input)
    {
        using var features = nn.functional.relu(_trunk.forward(input));
        using var pooled = features.mean([2, 3, 4]);
        return new TaskOutputs(new Dictionary<string, Tensor>
        {
            [Segmentation] = _voxelHead.forward(features),
            [Expansion] = _caseHead.forward(pooled),
        });
    }
}
