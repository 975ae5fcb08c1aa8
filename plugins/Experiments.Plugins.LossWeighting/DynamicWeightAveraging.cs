using Experiments.Contracts.Components;
using Experiments.Contracts.Losses;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Experiments.Plugins.LossWeighting;

/// <summary>
/// Dynamic weight averaging (Liu, Johns and Davison 2019): at epoch t each task gets
/// K exp(r_i / T) / sum_j exp(r_j / T), with r_i = L_i(t-1) / L_i(t-2) the ratio of its last two
/// epoch-mean losses and K the number of tasks, so a task whose loss falls slower gains weight.
/// The first two epochs, which have no ratio yet, weigh every task 1.
/// </summary>
[Component(ComponentKind.LossWeighting, "dwa", Description = "Dynamic weight averaging (Liu et al. 2019).")]
public sealed class DynamicWeightAveraging : ILossWeighting
{
    private readonly IReadOnlyList<string> tasks;
    private readonly double temperature;
    private readonly List<IReadOnlyDictionary<string, double>> epochLosses = [];
    private Dictionary<string, double> weights;

    public DynamicWeightAveraging(DynamicWeightAveragingOptions options)
    {
        tasks = options.Tasks.ToList();
        TaskLosses.RequireTaskList("dwa", tasks);
        if (!(options.Temperature > 0) || !double.IsFinite(options.Temperature))
        {
            throw new ArgumentException($"dwa: temperature is {options.Temperature}; expected a positive number.");
        }

        temperature = options.Temperature;
        weights = tasks.ToDictionary(task => task, _ => 1.0);
    }

    public IReadOnlyList<Parameter> Parameters => [];

    public IReadOnlyDictionary<string, double> CurrentWeights => weights;

    public Tensor Combine(IReadOnlyDictionary<string, Tensor> taskLosses, WeightingStep step)
    {
        TaskLosses.RequireTasks("dwa", tasks, taskLosses);
        return TaskLosses.WeightedSum(tasks, taskLosses, (index, loss) => loss * weights[tasks[index]]);
    }

    public void EpochCompleted(IReadOnlyDictionary<string, double> meanTaskLosses)
    {
        TaskLosses.RequireTasks("dwa", tasks, meanTaskLosses);
        epochLosses.Add(new Dictionary<string, double>(meanTaskLosses));
        if (epochLosses.Count < 2)
        {
            return;
        }

        var (previous, latest) = (epochLosses[^2], epochLosses[^1]);
        var scores = tasks.ToDictionary(task => task, task => Math.Exp(latest[task] / previous[task] / temperature));
        var total = scores.Values.Sum();
        weights = scores.ToDictionary(entry => entry.Key, entry => tasks.Count * entry.Value / total);
    }
}
