using Experiments.Imaging.Geometry;

namespace Experiments.Data.Synthetic;

/// <summary>
/// The shape of one synthetic head in its own frame (millimetres, RAS: x to the patient's right,
/// y anterior, z superior, origin at the centre of the outer scalp ellipsoid): layer
/// thicknesses from the scalp inwards, deep structures, and tissue densities.
/// </summary>
public sealed record HeadAnatomy(
    Vector3D ScalpSemiAxes,
    double ScalpMm,
    double SkullMm,
    double SubarachnoidMm,
    double CortexMm,
    double SulcusFrequency,
    Vector3D SulcusPhase,
    TissueHu Hu)
{
    public double BrainDepthMm => ScalpMm + SkullMm + SubarachnoidMm;

    /// <summary>A point's distance below the scalp surface, measured along the ray from the centre.</summary>
    public double DepthBelowScalp(Vector3D point, out bool outside)
    {
        var a = ScalpSemiAxes;
        var rhoSquared = point.X * point.X / (a.X * a.X) + point.Y * point.Y / (a.Y * a.Y) +
                         point.Z * point.Z / (a.Z * a.Z);
        outside = rhoSquared >= 1;
        if (outside)
        {
            return 0;
        }

        var rho = Math.Sqrt(rhoSquared);
        return rho < 1e-6 ? double.MaxValue : point.Length * (1 / rho - 1);
    }
}
