using Experiments.Imaging.Geometry;

namespace Experiments.Data.Synthetic;

/// <summary>
/// A plane through the hematoma (normal, offset in mm from the centre) with a sharp change of
/// density across it. With an arbitrary normal and a lighter side it is the blend sign; with
/// the normal along gravity, a denser dependent side and a lighter top, the fluid level.
/// </summary>
public sealed record DensitySplit(Vector3D Normal, double OffsetMm, double BeyondDeltaHu, double BeforeDeltaHu)
{
    public double ShiftAt(Vector3D offset) => offset.Dot(Normal) > OffsetMm ? BeyondDeltaHu : BeforeDeltaHu;
}
