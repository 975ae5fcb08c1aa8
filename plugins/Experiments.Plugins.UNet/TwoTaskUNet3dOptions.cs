using System.ComponentModel;

namespace Experiments.Plugins.UNet;

/// <summary>
/// Options of <see cref="TwoTaskUNet3d"/>. The defaults are the paper's network; where the paper
/// leaves a choice open, the default is the reading whose parameter count comes closest to the
/// reported 3,802,578 (see the README's model section).
/// </summary>
public sealed class TwoTaskUNet3dOptions
{
    [Description("Encoder widths from the full-resolution level down; one stride-2 down-sampling between levels.")]
    public int[] Channels { get; set; } = [16, 32, 64];

    [Description("Width of the bridging convolution at the lowest resolution.")]
    public int BridgeChannels { get; set; } = 128;

    [Description("Decoder widths from the full-resolution level down; one entry per up-sampling.")]
    public int[] DecoderChannels { get; set; } = [32, 64];

    [Description("3x3x3 convolutions at each encoder and decoder level.")]
    public int ConvolutionsPerLevel { get; set; } = 2;

    [Description("3x3x3 convolutions in the bridge.")]
    public int BridgeConvolutions { get; set; } = 1;

    [Description("Width of the classification head's convolutions on the bridge features.")]
    public int ClassifierChannels { get; set; } = 128;

    [Description("3x3x3 convolutions in the classification head before global average pooling.")]
    public int ClassifierConvolutions { get; set; } = 2;

    [Description("Normalisation after each convolution: none, batch, instance or group.")]
    public NormalizationKind Normalization { get; set; } = NormalizationKind.Batch;

    [Description("Groups of the group normalisation; must divide every width.")]
    public int Groups { get; set; } = 8;

    [Description("Up-sampling: transposed (2x2x2 transposed convolution), trilinear or nearest (each + 3x3x3 conv).")]
    public UpsamplingKind Upsampling { get; set; } = UpsamplingKind.Trilinear;

    [Description("Activation after each convolution: relu, leaky-relu, elu or gelu.")]
    public ActivationKind Activation { get; set; } = ActivationKind.Relu;

    [Description("Whether convolutions carry a bias (PyTorch's default), even when a normalisation follows.")]
    public bool ConvolutionBias { get; set; } = true;
}
