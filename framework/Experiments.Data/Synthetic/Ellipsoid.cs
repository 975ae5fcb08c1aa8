using Experiments.Imaging.Geometry;

namespace Experiments.Data.Synthetic;

/// <summary>An axis-aligned ellipsoid in the head frame, used for anatomical structures.</summary>
internal readonly record struct Ellipsoid(Vector3D Centre, Vector3D SemiAxes)
{
    public Ellipsoid Mirrored() => this with { Centre = Centre with { X = -Centre.X } };

    /// <summary>Below 1 inside, 1 on the surface.</summary>
    public double NormalizedRadiusSquared(Vector3D point)
    {
        var x = (point.X - Centre.X) / SemiAxes.X;
        var y = (point.Y - Centre.Y) / SemiAxes.Y;
        var z = (point.Z - Centre.Z) / SemiAxes.Z;
        return x * x + y * y + z * z;
    }

    public bool Contains(Vector3D point) => NormalizedRadiusSquared(point) < 1;
}
