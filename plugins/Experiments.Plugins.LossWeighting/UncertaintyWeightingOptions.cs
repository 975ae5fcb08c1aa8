using System.ComponentModel;

namespace Experiments.Plugins.LossWeighting;

public sealed class UncertaintyWeightingOptions
{
    [Description("The tasks whose losses are weighted, each with its own learned log-variance.")]
    public List<string> Tasks { get; set; } = ["segmentation", "expansion"];

    [Description("Starting log-variance s of every task (weight exp(-s); 0 gives weight 1).")]
    public double InitialLogVariance { get; set; }
}
