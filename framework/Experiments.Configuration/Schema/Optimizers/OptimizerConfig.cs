using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Experiments.Configuration.Binding;

namespace Experiments.Configuration.Schema.Optimizers;

/// <summary>The optimiser; YAML <c>optimizer: {name: adam, learning_rate: 1.0e-4}</c>.</summary>
[ConfigVariant("adam", typeof(AdamOptimizer))]
[ConfigVariant("adamw", typeof(AdamWOptimizer))]
[ConfigVariant("sgd", typeof(SgdOptimizer))]
public abstract class OptimizerConfig
{
    [Description("Initial learning rate.")]
    [Range(0.0, 10.0)]
    public double LearningRate { get; set; } = 1.0e-3;

    [Description("L2 penalty (decoupled from the gradient for adamw).")]
    [Range(0.0, 1.0)]
    public double WeightDecay { get; set; }
}
