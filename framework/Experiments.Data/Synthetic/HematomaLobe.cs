using Experiments.Imaging.Geometry;

namespace Experiments.Data.Synthetic;

/// <summary>
/// A bulge of the hematoma margin: the radius grows by <see cref="Amplitude"/> (a fraction of
/// the ellipsoid's radius) around <see cref="Direction"/>, narrowly for a high
/// <see cref="Sharpness"/>.
/// </summary>
public sealed record HematomaLobe(Vector3D Direction, double Amplitude, int Sharpness);
