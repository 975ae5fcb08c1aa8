using System.ComponentModel;

namespace Experiments.Plugins.Preprocessing.SkullStripping;

/// <summary>Options of <see cref="OtsuSkullStripper"/>; defaults suit a non-contrast head CT in HU.</summary>
public sealed class SkullStripOptions
{
    [Description("Lowest HU value taken into Otsu's histogram (leaves air and background out).")]
    public double OtsuMinHu { get; set; } = -100;

    [Description("Highest HU value taken into Otsu's histogram (leaves metal out).")]
    public double OtsuMaxHu { get; set; } = 2000;

    [Description("An Otsu threshold below this HU value means no distinct bone class: the case fails.")]
    public double MinBoneThresholdHu { get; set; } = 150;

    [Description("Radius (mm) by which bone is grown in-plane to close small gaps in the skull ring.")]
    public double RingClosingMm { get; set; } = 1.0;

    [Description("Lowest HU value of intracranial tissue (CSF included).")]
    public double TissueMinHu { get; set; } = -20;

    [Description("Highest HU value of intracranial tissue (fresh blood included, bone partial volume out).")]
    public double TissueMaxHu { get; set; } = 100;

    [Description("Radius (mm) of the in-plane opening that cuts thin bridges before the largest component is kept.")]
    public double OpeningMm { get; set; } = 2.0;

    [Description("A brain mask smaller than this volume (mL) fails the case.")]
    public double MinVolumeMl { get; set; } = 100;
}
