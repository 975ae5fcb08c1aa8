using System.ComponentModel;

namespace Experiments.Plugins.Preprocessing.Windowing;

/// <summary>Options of <see cref="WindowPreprocessor"/>; the defaults are the paper's 0-100 HU.</summary>
public sealed class WindowOptions
{
    [Description("Values below this (HU) are set to it.")]
    public double MinHu { get; set; } = 0;

    [Description("Values above this (HU) are set to it.")]
    public double MaxHu { get; set; } = 100;
}
