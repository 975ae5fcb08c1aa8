using Experiments.Contracts.Components;
using Experiments.Contracts.Models;

namespace Experiments.Plugins.UNet;

/// <summary>The paper's network: a 3D U-Net segmenting the hematoma with an expansion classifier on its bridge.</summary>
[Component(ComponentKind.Architecture, "two-task-unet3d",
    Description = "3D U-Net with a segmentation output and a classification head on the bridge (Zhong et al. 2021).")]
public sealed class TwoTaskUNet3d : IArchitecture
{
    /// <summary>The parameter count Zhong et al. report for their network.</summary>
    public const long PaperParameterCount = 3_802_578;

    private readonly TwoTaskUNet3dOptions options;

    public TwoTaskUNet3d(TwoTaskUNet3dOptions options)
    {
        TwoTaskUNet3dOptionsValidator.Validate(options);
        this.options = options;
    }

    public IReadOnlyList<string> Tasks { get; } =
        [TwoTaskUNet3dNetwork.SegmentationTask, TwoTaskUNet3dNetwork.ExpansionTask];

    public long? ReferenceParameterCount => PaperParameterCount;

    public IMultiTaskNetwork Build(int inputChannels)
    {
        if (inputChannels < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(inputChannels), inputChannels,
                "The network needs at least one input channel.");
        }

        return new TwoTaskUNet3dNetwork(options, inputChannels);
    }
}
