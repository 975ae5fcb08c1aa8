using Experiments.Configuration.Schema;
using Experiments.Configuration.Schema.Optimizers;
using Experiments.Configuration.Schema.Schedules;
using Experiments.Training.Optimizers;

namespace Experiments.Runner.Setup;

/// <summary>The experiment file's <c>optimizer:</c> as the trainer's optimizer settings.</summary>
public static class OptimizerTranslation
{
    public static OptimizerSettings ToSettings(OptimizerConfig optimizer, double learningRate) => optimizer switch
    {
        AdamWOptimizer adamW => Adam(OptimizerKind.AdamW, adamW, learningRate),
        AdamOptimizer adam => Adam(OptimizerKind.Adam, adam, learningRate),
        SgdOptimizer sgd => new OptimizerSettings
        {
            Name = OptimizerKind.Sgd, LearningRate = learningRate, WeightDecay = sgd.WeightDecay,
            Momentum = sgd.Momentum, Nesterov = sgd.Nesterov,
        },
        _ => throw new NotSupportedException($"The optimizer {optimizer.GetType().Name} has no trainer settings."),
    };

    private static OptimizerSettings Adam(OptimizerKind kind, AdamOptimizer adam, double learningRate) => new()
    {
        Name = kind, LearningRate = learningRate, WeightDecay = adam.WeightDecay,
        Beta1 = adam.Beta1, Beta2 = adam.Beta2, Epsilon = adam.Epsilon,
    };
}
