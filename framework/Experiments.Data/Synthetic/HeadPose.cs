using Experiments.Imaging.Geometry;

namespace Experiments.Data.Synthetic;

/// <summary>
/// Where the head lies in the scanner: its centre in the world (RAS+ mm) and a slight tilt
/// (degrees) of the head itself; the image grid stays axial.
/// </summary>
public sealed record HeadPose(Vector3D Centre, double YawDegrees, double PitchDegrees, double RollDegrees)
{
    internal Matrix3 HeadToWorld => Matrix3.Rotation(YawDegrees, PitchDegrees, RollDegrees);

    public Vector3D ToHead(Vector3D world) => HeadToWorld.Transpose() * (world - Centre);

    public Vector3D ToWorld(Vector3D head) => HeadToWorld * head + Centre;
}
