using System.ComponentModel;

namespace Experiments.Plugins.LossWeighting;

public sealed class GradNormWeightingOptions
{
    [Description("The tasks whose losses are weighted, each with a learned weight.")]
    public List<string> Tasks { get; set; } = ["segmentation", "expansion"];

    [Description("Restoring force alpha: 0 equalises gradient norms; larger values favour tasks that lag in training.")]
    public double Alpha { get; set; } = 1.5;
}
