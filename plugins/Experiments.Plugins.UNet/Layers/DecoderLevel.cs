using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Experiments.Plugins.UNet.Layers;

/// <summary>Up-samples the deeper features, joins the encoder's skip connection and convolves.</summary>
internal sealed class DecoderLevel : nn.Module<Tensor, Tensor, Tensor>
{
    private readonly nn.Module<Tensor, Tensor> upsample;
    private readonly Sequential convs;

    public DecoderLevel(string name, LayerFactory layers, int deeperChannels, int skipChannels, int outputChannels,
        int convolutions) : base(name)
    {
        upsample = layers.Upsampling(deeperChannels);
        convs = layers.Convolutions(deeperChannels + skipChannels, outputChannels, convolutions);
        register_module(nameof(upsample), upsample);
        register_module(nameof(convs), convs);
    }

    public override Tensor forward(Tensor deeper, Tensor skip)
    {
        using var upsampled = upsample.call(deeper);
        using var joined = cat([upsampled, skip], dim: 1);
        return convs.call(joined);
    }
}
