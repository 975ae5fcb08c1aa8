using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Experiments.Training.Optimizers;

/// <summary>
/// The optimizer of a run (YAML <c>optimizer:</c>). <see cref="LearningRate"/> is the base rate the
/// schedule scales; betas and epsilon serve Adam and AdamW, momentum and Nesterov serve SGD.
/// </summary>
public sealed record OptimizerSettings
{
    public OptimizerKind Name { get; init; } = OptimizerKind.Adam;

    public double LearningRate { get; init; } = 1e-4;

    public double WeightDecay { get; init; }

    public double Beta1 { get; init; } = 0.9;

    public double Beta2 { get; init; } = 0.999;

    public double Epsilon { get; init; } = 1e-8;

    public double Momentum { get; init; } = 0.9;

    public bool Nesterov { get; init; }

    public OptimizerHelper Create(IEnumerable<Parameter> parameters)
    {
        Validate();
        return Name switch
        {
            OptimizerKind.Adam => optim.Adam(parameters, LearningRate, Beta1, Beta2, Epsilon, WeightDecay),
            OptimizerKind.AdamW => optim.AdamW(parameters, LearningRate, Beta1, Beta2, Epsilon, WeightDecay),
            OptimizerKind.Sgd => optim.SGD(parameters, LearningRate, Momentum, weight_decay: WeightDecay, nesterov: Nesterov),
            _ => throw new NotSupportedException($"optimizer.name '{Name}' is not supported; use adam, adamw or sgd."),
        };
    }

    private void Validate()
    {
        if (!(LearningRate > 0))
        {
            throw new ArgumentOutOfRangeException(
                nameof(LearningRate), $"optimizer.learning_rate must be positive, got {LearningRate}.");
        }

        if (WeightDecay < 0 || Beta1 is < 0 or >= 1 || Beta2 is < 0 or >= 1 || Momentum < 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(OptimizerSettings),
                $"optimizer settings out of range: weight_decay {WeightDecay} (>= 0), beta1 {Beta1} and beta2 {Beta2} " +
                $"(in [0, 1)), momentum {Momentum} (>= 0).");
        }
    }
}
