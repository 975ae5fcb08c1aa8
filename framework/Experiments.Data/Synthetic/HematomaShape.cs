using Experiments.Imaging.Geometry;

namespace Experiments.Data.Synthetic;

/// <summary>
/// A hematoma's extent in the head frame: an ellipsoid (centre and semi-axes in mm) whose
/// margin bulges out in lobes. Several strong lobes make the "irregular shape" marker.
/// </summary>
public sealed record HematomaShape(Vector3D Centre, Vector3D SemiAxes, IReadOnlyList<HematomaLobe> Lobes)
{
    /// <summary>The largest radius as a multiple of the semi-axes, for bounding boxes.</summary>
    public double MaxExtent => 1 + Lobes.Sum(lobe => lobe.Amplitude);

    /// <summary>The same shape with every semi-axis multiplied by a factor (volume by its cube).</summary>
    public HematomaShape Scaled(double factor) => this with { SemiAxes = SemiAxes * factor };

    public double MeanRadiusMm => Math.Cbrt(SemiAxes.X * SemiAxes.Y * SemiAxes.Z);

    /// <summary>The ellipsoid's volume without its lobes: the size known before the case is rendered.</summary>
    public double EllipsoidVolumeMl => 4 * Math.PI / 3 * SemiAxes.X * SemiAxes.Y * SemiAxes.Z / 1000;

    public bool Contains(Vector3D point)
    {
        var q = new Vector3D(
            (point.X - Centre.X) / SemiAxes.X, (point.Y - Centre.Y) / SemiAxes.Y, (point.Z - Centre.Z) / SemiAxes.Z);
        var rhoSquared = q.Dot(q);
        if (rhoSquared < 1)
        {
            return true;
        }

        var extent = MaxExtent;
        if (rhoSquared >= extent * extent)
        {
            return false;
        }

        var rho = Math.Sqrt(rhoSquared);
        var limit = 1.0;
        foreach (var lobe in Lobes)
        {
            var alignment = Math.Max(0, q.Dot(lobe.Direction) / rho);
            limit += lobe.Amplitude * Math.Pow(alignment, lobe.Sharpness);
        }

        return rho < limit;
    }
}
