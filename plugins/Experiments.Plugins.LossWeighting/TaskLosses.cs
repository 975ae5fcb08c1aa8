using static TorchSharp.torch;

namespace Experiments.Plugins.LossWeighting;

/// <summary>Checks that a step's task losses are exactly the tasks a weighting was configured for.</summary>
internal static class TaskLosses
{
    public static void RequireTasks<T>(string weighting, IReadOnlyList<string> tasks, IReadOnlyDictionary<string, T> losses)
    {
        var missing = tasks.Where(task => !losses.ContainsKey(task)).ToList();
        var unexpected = losses.Keys.Where(task => !tasks.Contains(task)).ToList();
        if (missing.Count > 0 || unexpected.Count > 0)
        {
            throw new ArgumentException(
                $"{weighting}: configured for tasks [{string.Join(", ", tasks)}] but got losses for " +
                $"[{string.Join(", ", losses.Keys)}]; set its 'tasks' option to the experiment's tasks.");
        }
    }

    public static void RequireTaskList(string weighting, IReadOnlyList<string> tasks)
    {
        if (tasks.Count == 0 || tasks.Distinct().Count() != tasks.Count)
        {
            throw new ArgumentException(
                $"{weighting}: tasks is [{string.Join(", ", tasks)}]; expected one or more distinct task names.");
        }
    }

    public static Tensor WeightedSum(IReadOnlyList<string> tasks, IReadOnlyDictionary<string, Tensor> losses,
        Func<int, Tensor, Tensor> weigh)
    {
        var terms = tasks.Select((task, index) => weigh(index, losses[task])).ToList();
        var total = terms.Aggregate((sum, term) => sum + term);
        return total;
    }
}
