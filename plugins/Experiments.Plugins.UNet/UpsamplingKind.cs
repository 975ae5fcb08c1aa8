namespace Experiments.Plugins.UNet;

/// <summary>How the decoder doubles the resolution before joining the skip connection.</summary>
public enum UpsamplingKind
{
    /// <summary>A 2x2x2 transposed convolution with stride 2 (the 3D U-Net's up-convolution).</summary>
    Transposed,

    /// <summary>Trilinear interpolation followed by a 3x3x3 convolution.</summary>
    Trilinear,

    /// <summary>Nearest-neighbour interpolation followed by a 3x3x3 convolution.</summary>
    Nearest,
}
