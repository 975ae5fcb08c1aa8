namespace Experiments.Plugins.UNet;

/// <summary>The normalisation layer after each convolution of the network.</summary>
public enum NormalizationKind
{
    None,
    Batch,
    Instance,
    Group,
}
