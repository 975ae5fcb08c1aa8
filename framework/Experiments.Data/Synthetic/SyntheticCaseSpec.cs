using Experiments.Data.Datasets;

namespace Experiments.Data.Synthetic;

/// <summary>
/// Everything drawn for one synthetic case before any voxel is rendered. The follow-up growth
/// is drawn as a number in [0, 1) and turned into a volume once the baseline volume is known.
/// </summary>
public sealed record SyntheticCaseSpec(
    string Id,
    int Index,
    SyntheticAcquisition Acquisition,
    HeadPose Pose,
    HeadAnatomy Anatomy,
    HematomaSite Site,
    HematomaShape Hematoma,
    HematomaAppearance Appearance,
    NcctMarkers Markers,
    double OnsetToCtHours,
    bool ExpansionIntended,
    double GrowthDraw,
    double NoiseSigmaHu,
    ulong NoiseSeed);
