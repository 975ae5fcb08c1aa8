using Experiments.Imaging.Geometry;

namespace Experiments.Data.Synthetic;

/// <summary>
/// The density of a hematoma at an offset (mm) from its centre: a base clot density with the
/// case's NCCT markers drawn into it.
/// </summary>
public sealed record HematomaAppearance(
    double BaseHu,
    IReadOnlyList<HypodenseBlob> Hypodensities,
    SwirlPattern? Swirl,
    DensitySplit? Blend,
    DensitySplit? FluidLevel)
{
    /// <summary>No part of a clot is drawn below this; it stays brighter than CSF.</summary>
    public const double FloorHu = 16;

    public double HuAt(Vector3D offset)
    {
        var hu = BaseHu;
        if (Blend is not null)
        {
            hu += Blend.ShiftAt(offset);
        }

        if (FluidLevel is not null)
        {
            hu += FluidLevel.ShiftAt(offset);
        }

        foreach (var blob in Hypodensities)
        {
            hu -= blob.DarkeningAt(offset);
        }

        if (Swirl is not null)
        {
            hu -= Swirl.DarkeningAt(offset);
        }

        return Math.Max(FloorHu, hu);
    }
}
