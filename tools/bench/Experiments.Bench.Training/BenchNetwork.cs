using Experiments.Contracts.Models;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Experiments.Bench.Training;

/// <summary>Two 3D convolutions with a voxel head and a pooled case head: small, but real work per step.</summary>
internal sealed class BenchNetwork : nn.Module<Tensor, TaskOutputs>, IMultiTaskNetwork
{
    private readonly Conv3d _first = nn.Conv3d(1, 8, 3, padding: 1);
    private readonly Conv3d _second = nn.Conv3d(8, 8, 3, padding: 1);
    private readonly Conv3d _voxels = nn.Conv3d(8, 1, 1);
    private readonly Linear _case = nn.Linear(8, 1);

    public BenchNetwork() : base(nameof(BenchNetwork)) => RegisterComponents();

    public nn.Module<Tensor, TaskOutputs> Module => this;

    public IReadOnlyList<Parameter> SharedParameters => _second.parameters().ToList();

    public override TaskOutputs forward(Tensor input)
    {
        using var hidden = nn.functional.relu(_first.forward(input));
        using var features = nn.functional.relu(_second.forward(hidden));
        using var pooled = features.mean([2, 3, 4]);
        return new TaskOutputs(new Dictionary<string, Tensor>
        {
            [BenchTasks.Segmentation] = _voxels.forward(features),
            [BenchTasks.Expansion] = _case.forward(pooled),
        });
    }
}
