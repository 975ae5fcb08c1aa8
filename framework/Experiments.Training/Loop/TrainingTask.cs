namespace Experiments.Training.Loop;

/// <summary>
/// One head of the network and how it is trained: <see cref="Name"/> is the network's output key and
/// the loss weighting's task name; <see cref="Label"/> names the sample label a
/// <see cref="TaskTarget.CaseLabel"/> task learns (e.g. <c>expansion</c>).
/// </summary>
public sealed record TrainingTask(string Name, TaskTarget Target, TaskLoss Loss, string? Label = null)
{
    public static TrainingTask Segmentation(string name, TaskLoss loss) => new(name, TaskTarget.Mask, loss);

    public static TrainingTask Classification(string name, TaskLoss loss, string? label = null) =>
        new(name, TaskTarget.CaseLabel, loss, label ?? name);
}
