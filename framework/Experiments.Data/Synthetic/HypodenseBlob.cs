using Experiments.Imaging.Geometry;

namespace Experiments.Data.Synthetic;

/// <summary>
/// A hypodense sphere inside a hematoma, centred at an offset (mm) from the hematoma centre.
/// A sharp margin draws a black hole; a soft one a plain hypodensity fading into the clot.
/// </summary>
public sealed record HypodenseBlob(Vector3D Offset, double RadiusMm, double DeltaHu, bool SharpMargin)
{
    public double DarkeningAt(Vector3D offset)
    {
        var distance = (offset - Offset).Length / RadiusMm;
        if (distance >= 1)
        {
            return 0;
        }

        return SharpMargin ? DeltaHu : DeltaHu * Math.Min(1, 2 * (1 - distance));
    }
}
