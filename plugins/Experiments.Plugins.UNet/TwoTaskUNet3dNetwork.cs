using Experiments.Contracts.Models;
using Experiments.Plugins.UNet.Layers;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Experiments.Plugins.UNet;

/// <summary>
/// The two-task 3D U-Net: an encoder of stride-2 down-samplings, a bridging block at the lowest
/// resolution, a decoder with skip connections ending in a 1x1x1 convolution (segmentation logits),
/// and a classification head on the bridge features (expansion logit).
/// </summary>
public sealed class TwoTaskUNet3dNetwork : nn.Module<Tensor, TaskOutputs>, IMultiTaskNetwork
{
    public const string SegmentationTask = "segmentation";
    public const string ExpansionTask = "expansion";

    private readonly Sequential[] encoders;
    private readonly Sequential[] downsamplings;
    private readonly Sequential bridge;
    private readonly DecoderLevel[] decoders;
    private readonly Conv3d segmentationHead;
    private readonly Sequential expansionHead;

    public TwoTaskUNet3dNetwork(TwoTaskUNet3dOptions options, int inputChannels) : base("two-task-unet3d")
    {
        var layers = new LayerFactory(options);
        var widths = options.Channels;
        var levels = widths.Length;
        var perLevel = options.ConvolutionsPerLevel;

        encoders = Enumerable.Range(0, levels)
            .Select(level => layers.Convolutions(level == 0 ? inputChannels : widths[level - 1], widths[level], perLevel))
            .ToArray();
        downsamplings = Enumerable.Range(0, levels - 1)
            .Select(level => layers.Convolution(widths[level], widths[level], stride: 2))
            .ToArray();
        bridge = layers.Convolutions(widths[^1], options.BridgeChannels, options.BridgeConvolutions);
        decoders = Enumerable.Range(0, levels - 1)
            .Select(level => new DecoderLevel($"decoder{level + 1}", layers,
                DeeperChannels(options, level), widths[level], options.DecoderChannels[level], perLevel))
            .ToArray();
        segmentationHead = nn.Conv3d(options.DecoderChannels[0], 1, 1);
        expansionHead = nn.Sequential(
            ("convs", layers.Convolutions(options.BridgeChannels, options.ClassifierChannels,
                options.ClassifierConvolutions)),
            ("pool", nn.AdaptiveAvgPool3d(1)),
            ("flatten", nn.Flatten()),
            ("linear", nn.Linear(options.ClassifierChannels, 1)));

        RegisterLayers();
        SharedParameters = bridge.parameters().ToList();
    }

    public nn.Module<Tensor, TaskOutputs> Module => this;

    /// <summary>The bridge's parameters: the last layers both heads depend on.</summary>
    public IReadOnlyList<Parameter> SharedParameters { get; }

    public override TaskOutputs forward(Tensor input)
    {
        using var scope = NewDisposeScope();
        var skips = new List<Tensor>();
        var features = input;
        for (var level = 0; level < encoders.Length; level++)
        {
            features = encoders[level].call(features);
            if (level < downsamplings.Length)
            {
                skips.Add(features);
                features = downsamplings[level].call(features);
            }
        }

        var bridged = bridge.call(features);
        features = bridged;
        for (var level = decoders.Length - 1; level >= 0; level--)
        {
            features = decoders[level].call(features, skips[level]);
        }

        var segmentation = segmentationHead.call(features);
        var expansion = expansionHead.call(bridged);
        return new TaskOutputs(new Dictionary<string, Tensor>
        {
            [SegmentationTask] = segmentation.MoveToOuterDisposeScope(),
            [ExpansionTask] = expansion.MoveToOuterDisposeScope(),
        });
    }

    private static int DeeperChannels(TwoTaskUNet3dOptions options, int level) =>
        level == options.Channels.Length - 2 ? options.BridgeChannels : options.DecoderChannels[level + 1];

    private void RegisterLayers()
    {
        for (var level = 0; level < encoders.Length; level++)
        {
            register_module($"encoder{level + 1}", encoders[level]);
            if (level < downsamplings.Length)
            {
                register_module($"down{level + 1}", downsamplings[level]);
            }
        }

        register_module(nameof(bridge), bridge);
        for (var level = decoders.Length - 1; level >= 0; level--)
        {
            register_module($"decoder{level + 1}", decoders[level]);
        }

        register_module("segmentation_head", segmentationHead);
        register_module("expansion_head", expansionHead);
    }
}
