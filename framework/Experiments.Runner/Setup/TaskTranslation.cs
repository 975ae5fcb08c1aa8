using Experiments.Configuration.Schema;
using Experiments.Training.Losses;
using Experiments.Training.Loop;
using ConfigTaskLoss = Experiments.Configuration.Schema.TaskLoss;

namespace Experiments.Runner.Setup;

/// <summary>
/// The experiment file's <c>tasks:</c> as trainer tasks. A task whose target names a mask of the
/// dataset (<c>hematoma</c>) is learnt voxel by voxel; any other target is a case label
/// (<c>expansion</c>).
/// </summary>
public static class TaskTranslation
{
    public static IReadOnlyList<TrainingTask> ToTasks(IReadOnlyDictionary<string, TaskConfig> tasks, string maskName) =>
        tasks.Select(pair => ToTask(pair.Key, pair.Value, maskName)).ToList();

    private static TrainingTask ToTask(string name, TaskConfig task, string maskName)
    {
        var loss = TaskLossCatalog.Create(LossName(task.Loss), new TaskLossOptions());
        return task.Target == maskName
            ? TrainingTask.Segmentation(name, loss.Compute)
            : TrainingTask.Classification(name, loss.Compute, task.Target);
    }

    private static string LossName(ConfigTaskLoss loss) => loss switch
    {
        ConfigTaskLoss.Dice => "dice",
        ConfigTaskLoss.Bce => "bce",
        ConfigTaskLoss.Focal => "focal",
        _ => throw new NotSupportedException($"The task loss {loss} has no implementation."),
    };
}
