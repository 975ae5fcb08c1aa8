using System.ComponentModel;

namespace Experiments.Plugins.LossWeighting;

public sealed class DynamicWeightAveragingOptions
{
    [Description("The tasks whose losses are weighted.")]
    public List<string> Tasks { get; set; } = ["segmentation", "expansion"];

    [Description("Softmax temperature T; larger values pull the weights towards equal.")]
    public double Temperature { get; set; } = 2.0;
}
