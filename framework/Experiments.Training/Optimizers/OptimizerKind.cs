namespace Experiments.Training.Optimizers;

public enum OptimizerKind
{
    Adam,
    AdamW,
    Sgd,
}
