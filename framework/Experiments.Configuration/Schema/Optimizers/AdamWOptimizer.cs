namespace Experiments.Configuration.Schema.Optimizers;

/// <summary>Adam with decoupled weight decay.</summary>
public sealed class AdamWOptimizer : AdamOptimizer
{
    public AdamWOptimizer()
    {
        WeightDecay = 0.01;
    }
}
