using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Experiments.Configuration.Schema.Optimizers;

public class AdamOptimizer : OptimizerConfig
{
    [Description("Decay of the running mean of gradients.")]
    [Range(0.0, 1.0)]
    public double Beta1 { get; set; } = 0.9;

    [Description("Decay of the running mean of squared gradients.")]
    [Range(0.0, 1.0)]
    public double Beta2 { get; set; } = 0.999;

    [Description("Added to the denominator for numerical stability.")]
    [Range(0.0, 1.0)]
    public double Epsilon { get; set; } = 1.0e-8;
}
