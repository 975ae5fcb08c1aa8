using Experiments.Imaging.Geometry;

namespace Experiments.Data.Synthetic;

/// <summary>
/// Head-frame coordinates of voxel centres. The map from voxel index to head frame is affine,
/// so it is precomputed once as an origin and three steps instead of per-voxel transforms.
/// </summary>
internal readonly record struct HeadFrameStepper(Vector3D Origin, Vector3D StepI, Vector3D StepJ, Vector3D StepK)
{
    public static HeadFrameStepper For(HeadPose pose, VolumeGeometry geometry)
    {
        var worldToHead = pose.HeadToWorld.Transpose();
        return new HeadFrameStepper(
            pose.ToHead(geometry.Origin),
            worldToHead * (geometry.AxisI * geometry.Spacing.X),
            worldToHead * (geometry.AxisJ * geometry.Spacing.Y),
            worldToHead * (geometry.AxisK * geometry.Spacing.Z));
    }

    public Vector3D At(int i, int j, int k) => Origin + StepI * i + StepJ * j + StepK * k;
}
