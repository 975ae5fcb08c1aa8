using Experiments.Imaging.Geometry;

namespace Experiments.Imaging.Dicom.Series;

/// <summary>
/// The slices of one series sorted along the slice normal (Instance Number only breaks ties, so
/// any file order gives the same stack), with the spacing and tilt measured from the positions.
/// </summary>
public sealed class SliceStack
{
    public SliceStack(IReadOnlyList<SliceHeader> slices)
    {
        if (slices.Count == 0)
        {
            throw new ArgumentException("A slice stack needs at least one slice.", nameof(slices));
        }

        Normal = slices[0].Normal;
        Slices = [.. slices
            .OrderBy(s => s.Position.Dot(Normal))
            .ThenBy(s => s.InstanceNumber ?? int.MaxValue)
            .ThenBy(s => s.SopInstanceUid, StringComparer.Ordinal)
            .ThenBy(s => s.Path, StringComparer.Ordinal)];
        PositionsAlongNormal = [.. Slices.Select(s => s.Position.Dot(Normal))];
        Gaps = [.. PositionsAlongNormal.Zip(PositionsAlongNormal.Skip(1), (a, b) => b - a)];
    }

    public IReadOnlyList<SliceHeader> Slices { get; }

    /// <summary>cross(row, column) of the first slice, in LPS.</summary>
    public Vector3D Normal { get; }

    public IReadOnlyList<double> PositionsAlongNormal { get; }

    /// <summary>Distances along the normal between consecutive slices, in mm.</summary>
    public IReadOnlyList<double> Gaps { get; }

    public SliceHeader First => Slices[0];

    public SliceHeader Last => Slices[^1];

    /// <summary>From the first to the last slice position; the normal for a single slice.</summary>
    public Vector3D StackDirection =>
        Slices.Count < 2 || (Last.Position - First.Position).Length == 0
            ? Normal
            : (Last.Position - First.Position).Normalized();

    /// <summary>Mean step between slice positions along the stack direction, in mm.</summary>
    public double MeanStep => Slices.Count < 2 ? 0 : (Last.Position - First.Position).Length / (Slices.Count - 1);

    /// <summary>Angle between the stack direction and the slice normal, in degrees (gantry tilt).</summary>
    public double TiltDegrees => Math.Acos(Math.Min(1, Math.Abs(StackDirection.Dot(Normal)))) * 180 / Math.PI;

    /// <summary>The most frequent gap (to 0.01 mm), the smallest among equally frequent ones.</summary>
    public double NominalSpacing => Gaps.Count == 0
        ? 0
        : Gaps.GroupBy(g => Math.Round(g, 2))
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key)
            .First()
            .Average();

    /// <summary>Voxel (column, row, slice) to LPS mm: first slice, in-plane spacing, mean step.</summary>
    public double[,] LpsAffine()
    {
        var i = First.RowDirection * First.ColumnSpacing;
        var j = First.ColumnDirection * First.RowSpacing;
        var k = Slices.Count < 2 ? Normal : (Last.Position - First.Position) * (1.0 / (Slices.Count - 1));
        var o = First.Position;
        return new double[,]
        {
            { i.X, j.X, k.X, o.X },
            { i.Y, j.Y, k.Y, o.Y },
            { i.Z, j.Z, k.Z, o.Z },
            { 0, 0, 0, 1 },
        };
    }
}
