namespace Experiments.Imaging.Nifti;

/// <summary>Which header fields gave an image its voxel-to-world affine.</summary>
public enum NiftiAffineSource
{
    /// <summary>The srow_x/y/z matrix (sform_code > 0).</summary>
    Sform,

    /// <summary>The quaternion, qoffset, pixdim and qfac (qform_code > 0).</summary>
    Qform,

    /// <summary>Neither form is set: voxel sizes only, centred the way nibabel does it.</summary>
    PixdimOnly,
}
