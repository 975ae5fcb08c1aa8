using Experiments.Contracts.Components;
using Experiments.Contracts.Losses;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Experiments.Plugins.LossWeighting;

/// <summary>
/// Homoscedastic uncertainty weighting (Kendall, Gal and Cipolla 2018): each task i learns a
/// log-variance s_i and the loss is sum(exp(-s_i) L_i + s_i). The optimum s_i = log L_i gives a
/// noisy task (large irreducible loss) a small weight exp(-s_i); the + s_i term stops all weights
/// from collapsing to 0. (Kendall's 1/2 factors scale the whole loss and are left out.)
/// </summary>
[Component(ComponentKind.LossWeighting, "uncertainty", Description = "Learned task uncertainty (Kendall et al. 2018).")]
public sealed class UncertaintyWeighting : ILossWeighting
{
    private readonly IReadOnlyList<string> tasks;
    private readonly Parameter logVariances;
    private Dictionary<string, double> currentWeights;

    public UncertaintyWeighting(UncertaintyWeightingOptions options)
    {
        tasks = options.Tasks.ToList();
        TaskLosses.RequireTaskList("uncertainty", tasks);
        if (!double.IsFinite(options.InitialLogVariance))
        {
            throw new ArgumentException($"uncertainty: initial_log_variance is {options.InitialLogVariance}; " +
                                        "expected a finite number.");
        }

        logVariances = new Parameter(full([tasks.Count], options.InitialLogVariance, dtype: ScalarType.Float32));
        currentWeights = WeightsOf(logVariances);
    }

    public IReadOnlyList<Parameter> Parameters => [logVariances];

    public IReadOnlyDictionary<string, double> CurrentWeights => currentWeights;

    public Tensor Combine(IReadOnlyDictionary<string, Tensor> taskLosses, WeightingStep step)
    {
        TaskLosses.RequireTasks("uncertainty", tasks, taskLosses);
        currentWeights = WeightsOf(logVariances);
        return TaskLosses.WeightedSum(tasks, taskLosses, (index, loss) =>
        {
            using var logVariance = logVariances[index];
            return exp(-logVariance) * loss + logVariance;
        });
    }

    public void EpochCompleted(IReadOnlyDictionary<string, double> meanTaskLosses)
    {
    }

    private Dictionary<string, double> WeightsOf(Tensor values)
    {
        using var noGrad = no_grad();
        using var weights = exp(-values);
        var array = weights.data<float>().ToArray();
        return tasks.Select((task, index) => (task, weight: (double)array[index]))
            .ToDictionary(entry => entry.task, entry => entry.weight);
    }
}
