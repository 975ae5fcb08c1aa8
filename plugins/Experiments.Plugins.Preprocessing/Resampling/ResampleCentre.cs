namespace Experiments.Plugins.Preprocessing.Resampling;

/// <summary>Where the resampled field of view is centred.</summary>
public enum ResampleCentre
{
    /// <summary>The centroid (world position) of the brain mask's voxels.</summary>
    BrainMask,

    /// <summary>The centre of the input image's grid.</summary>
    Image,
}
