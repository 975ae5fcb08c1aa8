using System.ComponentModel;

namespace Experiments.Plugins.Preprocessing.Normalisation;

/// <summary>Options of <see cref="ZScorePreprocessor"/>; the defaults follow the paper.</summary>
public sealed class ZScoreOptions
{
    [Description("Name of the mask whose voxels give the mean and standard deviation (e.g. brain).")]
    public string Region { get; set; } = "brain";

    [Description("Set negative values to zero after normalising.")]
    public bool ClipNegative { get; set; } = true;
}
