using Experiments.Imaging.Geometry;

namespace Experiments.Imaging.Nifti;

/// <summary>
/// The qform fields that best describe a geometry: voxel sizes, qfac, and the quaternion of the
/// rotation nearest to its axes. For sheared axes this is an approximation; the sform stays exact.
/// </summary>
public sealed record NiftiQform(RotationQuaternion Quaternion, double Qfac, Vector3D VoxelSize, Vector3D Offset)
{
    public static NiftiQform Of(VolumeGeometry geometry)
    {
        var spacing = geometry.Spacing;
        var axes = new Matrix3x3(geometry.AxisI, geometry.AxisJ, geometry.AxisK);
        var qfac = axes.Determinant < 0 ? -1.0 : 1.0;
        var proper = new Matrix3x3(axes.Column0, axes.Column1, axes.Column2 * qfac);
        var rotation = proper.NearestOrthogonal();
        return new NiftiQform(RotationQuaternion.FromRotation(rotation), qfac, spacing, geometry.Origin);
    }
}
