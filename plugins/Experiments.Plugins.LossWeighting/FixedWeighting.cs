using Experiments.Contracts.Components;
using Experiments.Contracts.Losses;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Experiments.Plugins.LossWeighting;

/// <summary>Constant weights per task: the paper's 0.9 x Dice loss + 0.1 x cross-entropy.</summary>
[Component(ComponentKind.LossWeighting, "fixed", Description = "Constant weight per task.")]
public sealed class FixedWeighting : ILossWeighting
{
    private readonly IReadOnlyList<string> tasks;
    private readonly Dictionary<string, double> weights;

    public FixedWeighting(FixedWeightingOptions options)
    {
        weights = new Dictionary<string, double>(options.Weights);
        tasks = weights.Keys.ToList();
        TaskLosses.RequireTaskList("fixed", tasks);
        var invalid = weights.Where(entry => !double.IsFinite(entry.Value) || entry.Value <= 0).ToList();
        if (invalid.Count > 0)
        {
            throw new ArgumentException("fixed: weights must be positive finite numbers; got " +
                                        string.Join(", ", invalid.Select(entry => $"{entry.Key}: {entry.Value}")));
        }
    }

    public IReadOnlyList<Parameter> Parameters => [];

    public IReadOnlyDictionary<string, double> CurrentWeights => weights;

    public Tensor Combine(IReadOnlyDictionary<string, Tensor> taskLosses, WeightingStep step)
    {
        TaskLosses.RequireTasks("fixed", tasks, taskLosses);
        return TaskLosses.WeightedSum(tasks, taskLosses, (index, loss) => loss * weights[tasks[index]]);
    }

    public void EpochCompleted(IReadOnlyDictionary<string, double> meanTaskLosses)
    {
    }
}
