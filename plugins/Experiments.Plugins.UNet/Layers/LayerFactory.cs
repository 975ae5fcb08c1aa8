using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Experiments.Plugins.UNet.Layers;

/// <summary>Creates the network's convolution blocks with the normalisation and activation the options choose.</summary>
internal sealed class LayerFactory(TwoTaskUNet3dOptions options)
{
    /// <summary>3x3x3 convolution (padding 1) followed by the normalisation and the activation.</summary>
    public Sequential Convolution(int inputChannels, int outputChannels, int stride = 1)
    {
        var layers = new List<(string, nn.Module<Tensor, Tensor>)>
        {
            ("conv", nn.Conv3d(inputChannels, outputChannels, 3, stride: stride, padding: 1,
                bias: options.ConvolutionBias)),
        };
        if (Normalization(outputChannels) is { } normalization)
        {
            layers.Add(("norm", normalization));
        }

        layers.Add(("act", Activation()));
        return nn.Sequential(layers);
    }

    /// <summary>A run of <paramref name="count"/> convolutions, the first changing the width.</summary>
    public Sequential Convolutions(int inputChannels, int outputChannels, int count) =>
        nn.Sequential(Enumerable.Range(0, count).Select(index => (
            $"{index}",
            (nn.Module<Tensor, Tensor>)Convolution(index == 0 ? inputChannels : outputChannels, outputChannels))));

    /// <summary>Doubles the resolution of <paramref name="channels"/> feature maps, keeping the width.</summary>
    public nn.Module<Tensor, Tensor> Upsampling(int channels) => options.Upsampling switch
    {
        UpsamplingKind.Transposed => nn.ConvTranspose3d(channels, channels, 2, stride: 2),
        UpsamplingKind.Trilinear => Interpolation(channels, UpsampleMode.Trilinear),
        UpsamplingKind.Nearest => Interpolation(channels, UpsampleMode.Nearest),
        _ => throw new NotSupportedException($"Up-sampling '{options.Upsampling}' is not supported."),
    };

    private Sequential Interpolation(int channels, UpsampleMode mode) =>
        nn.Sequential(
            ("interpolate", nn.Upsample(scale_factor: [2.0, 2.0, 2.0], mode: mode,
                align_corners: mode == UpsampleMode.Nearest ? null : false)),
            ("refine", Convolution(channels, channels)));

    private nn.Module<Tensor, Tensor>? Normalization(int channels) => options.Normalization switch
    {
        NormalizationKind.None => null,
        NormalizationKind.Batch => nn.BatchNorm3d(channels),
        NormalizationKind.Instance => nn.InstanceNorm3d(channels, affine: true),
        NormalizationKind.Group => WithIdentityAffine(nn.GroupNorm(options.Groups, channels)),
        _ => throw new NotSupportedException($"Normalisation '{options.Normalization}' is not supported."),
    };

    /// <summary>
    /// NOTE: TorchSharp 0.107's GroupNorm leaves its scale and shift uninitialised (values near 0
    /// turn every output to 0 or NaN); PyTorch starts them at 1 and 0.
    /// </summary>
    private static GroupNorm WithIdentityAffine(GroupNorm normalization)
    {
        using var noGrad = no_grad();
        normalization.weight!.fill_(1.0);
        normalization.bias!.zero_();
        return normalization;
    }

    private nn.Module<Tensor, Tensor> Activation() => options.Activation switch
    {
        ActivationKind.Relu => nn.ReLU(inplace: true),
        ActivationKind.LeakyRelu => nn.LeakyReLU(0.01, inplace: true),
        ActivationKind.Elu => nn.ELU(inplace: true),
        ActivationKind.Gelu => nn.GELU(),
        _ => throw new NotSupportedException($"Activation '{options.Activation}' is not supported."),
    };
}
