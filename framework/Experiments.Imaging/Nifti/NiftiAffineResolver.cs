using Experiments.Imaging.Geometry;
using Microsoft.Extensions.Logging;

namespace Experiments.Imaging.Nifti;

/// <summary>
/// Picks an image's affine by the standard's precedence: the sform when sform_code > 0, else the
/// qform when qform_code > 0, else voxel sizes only. Disagreements and unusable forms are logged.
/// </summary>
public sealed class NiftiAffineResolver(ILogger logger)
{
    /// <summary>Sform and qform entries further apart than this (mm) are reported.</summary>
    public const double DisagreementToleranceMm = 1e-3;

    public (double[,] Affine, NiftiAffineSource Source) Resolve(NiftiHeader header, string path)
    {
        var qform = header.QformCode > 0 ? UsableQform(header) : null;
        if (header.SformCode > 0)
        {
            var sform = NiftiAffines.Sform(header);
            if (IsRegular(sform))
            {
                WarnWhenFormsDisagree(sform, qform, path);
                return (sform, NiftiAffineSource.Sform);
            }

            logger.LogWarning(
                "NIfTI file {Path}: the sform (code {SformCode}) is singular or not finite; " +
                "using the {Fallback} instead",
                path, header.SformCode, qform is null ? "voxel sizes only" : "qform");
        }

        if (qform is not null)
        {
            return (qform, NiftiAffineSource.Qform);
        }

        if (header.QformCode > 0)
        {
            throw new NiftiFormatException(path,
                $"qform_code is {header.QformCode} but the qform is unusable: pixdim[1..3] = {header.VoxelSize} " +
                "must be positive and the quaternion finite.");
        }

        if (header.SformCode == 0)
        {
            logger.LogWarning(
                "NIfTI file {Path} has neither a qform nor an sform; its geometry comes from the voxel sizes only",
                path);
        }

        var fallback = NiftiAffines.PixdimOnly(header);
        if (!IsRegular(fallback))
        {
            throw new NiftiFormatException(path,
                $"no usable sform or qform, and pixdim[1..3] = {header.VoxelSize} cannot place the voxels.");
        }

        return (fallback, NiftiAffineSource.PixdimOnly);
    }

    /// <summary>
    /// Whether an affine can place voxels: finite, no zero-length axis and axes not (nearly) coplanar.
    /// </summary>
    public static bool IsRegular(double[,] affine)
    {
        var linear = Matrix3x3.FromAffine(affine);
        var offset = new Vector3D(affine[0, 3], affine[1, 3], affine[2, 3]);
        if (!linear.IsFinite || !double.IsFinite(offset.Length))
        {
            return false;
        }

        var volumeOfUnitAxes = linear.Column0.Length * linear.Column1.Length * linear.Column2.Length;
        return volumeOfUnitAxes > 0 && Math.Abs(linear.Determinant) > 1e-6 * volumeOfUnitAxes;
    }

    private static double[,]? UsableQform(NiftiHeader header)
    {
        var size = header.VoxelSize;
        var positive = size.X > 0 && size.Y > 0 && size.Z > 0;
        var quaternion = new Vector3D(header.QuaternB, header.QuaternC, header.QuaternD);
        if (!positive || !double.IsFinite(size.Length) || !double.IsFinite(quaternion.Length))
        {
            return null;
        }

        var qform = NiftiAffines.Qform(header);
        return IsRegular(qform) ? qform : null;
    }

    private void WarnWhenFormsDisagree(double[,] sform, double[,]? qform, string path)
    {
        if (qform is null)
        {
            return;
        }

        var difference = VolumeGeometry.FromAffine(sform).MaxAffineDifference(VolumeGeometry.FromAffine(qform));
        if (difference > DisagreementToleranceMm)
        {
            logger.LogWarning(
                "NIfTI file {Path}: sform and qform differ by up to {Difference:G4} mm; " +
                "using the sform as the standard prescribes (the qform cannot hold shear)",
                path, difference);
        }
    }
}
