namespace Experiments.Data.Datasets;

/// <summary>
/// The non-contrast CT markers of hematoma expansion the paper scores, as a reader recorded them.
/// Black hole and swirl are kinds of hypodensity; <see cref="AnyHypodensity"/> counts all three.
/// </summary>
public sealed record NcctMarkers(
    bool Hypodensity, bool BlackHole, bool Swirl, bool Blend, bool FluidLevel, bool IrregularShape)
{
    public static NcctMarkers None { get; } = new(false, false, false, false, false, false);

    public bool AnyHypodensity => Hypodensity || BlackHole || Swirl;
}
