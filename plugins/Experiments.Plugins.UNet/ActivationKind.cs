namespace Experiments.Plugins.UNet;

/// <summary>The non-linearity after each normalised convolution.</summary>
public enum ActivationKind
{
    Relu,
    LeakyRelu,
    Elu,
    Gelu,
}
