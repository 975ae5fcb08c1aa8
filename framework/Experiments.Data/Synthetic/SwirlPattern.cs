using Experiments.Imaging.Geometry;

namespace Experiments.Data.Synthetic;

/// <summary>
/// The swirl sign: curved hypodense streaks winding around the hematoma's vertical axis
/// (spiral arms in each axial slice), kept off the outer rim.
/// </summary>
public sealed record SwirlPattern(int Arms, double TwistPerMm, double Phase, double DeltaHu, double RadiusMm)
{
    private const double ArmThreshold = 0.55;

    public double DarkeningAt(Vector3D offset)
    {
        var radius = Math.Sqrt(offset.X * offset.X + offset.Y * offset.Y);
        if (radius > RadiusMm)
        {
            return 0;
        }

        var angle = Math.Atan2(offset.Y, offset.X);
        return Math.Sin(Arms * angle + TwistPerMm * radius + Phase) > ArmThreshold ? DeltaHu : 0;
    }
}
