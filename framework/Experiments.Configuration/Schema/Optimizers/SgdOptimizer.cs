using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Experiments.Configuration.Schema.Optimizers;

public sealed class SgdOptimizer : OptimizerConfig
{
    [Description("Momentum factor.")]
    [Range(0.0, 1.0)]
    public double Momentum { get; set; } = 0.9;

    [Description("Use Nesterov momentum.")]
    public bool Nesterov { get; set; }
}
