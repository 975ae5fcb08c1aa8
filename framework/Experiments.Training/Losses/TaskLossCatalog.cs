namespace Experiments.Training.Losses;

/// <summary>The task losses an experiment file can name: <c>dice</c>, <c>bce</c> and <c>focal</c>.</summary>
public static class TaskLossCatalog
{
    private static readonly Dictionary<string, Func<TaskLossOptions, ITaskLoss>> Factories = new()
    {
        ["dice"] = options => new SoftDiceLoss(options.Smooth),
        ["bce"] = options => new BinaryCrossEntropyLoss(options.PosWeight),
        ["focal"] = options => new FocalLoss(options.Gamma, options.Alpha),
    };

    public static IReadOnlyCollection<string> Names => Factories.Keys;

    public static ITaskLoss Create(string name, TaskLossOptions options) =>
        Factories.TryGetValue(name, out var create)
            ? create(options)
            : throw new ArgumentException(
                $"Unknown task loss '{name}'; expected one of: {string.Join(", ", Factories.Keys)}.");
}
