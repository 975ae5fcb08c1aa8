using System.ComponentModel;

namespace Experiments.Plugins.LossWeighting;

public sealed class FixedWeightingOptions
{
    [Description("Weight of each task's loss (the paper: segmentation 0.9, expansion 0.1).")]
    public Dictionary<string, double> Weights { get; set; } = new()
    {
        ["segmentation"] = 0.9,
        ["expansion"] = 0.1,
    };
}
