namespace Experiments.Training.Models;

/// <summary>
/// A network's layer table from one forward pass: every module with its output shape and
/// parameters, the output of each task, and the total beside the count the paper reports.
/// </summary>
public sealed record ModelSummary(
    IReadOnlyList<long> InputShape,
    IReadOnlyList<ModelSummaryRow> Layers,
    IReadOnlyDictionary<string, IReadOnlyList<long>> TaskOutputShapes,
    long TotalParameters,
    long TrainableParameters,
    long? ReferenceParameters)
{
    /// <summary>Our count minus the reference count; null without a reference.</summary>
    public long? DifferenceFromReference => TotalParameters - ReferenceParameters;

    /// <summary>The difference as a fraction of the reference count, e.g. -0.05 for 5 % fewer.</summary>
    public double? RelativeDifference => (double?)DifferenceFromReference / ReferenceParameters;

    /// <summary>The row of the module with this dotted name.</summary>
    public ModelSummaryRow this[string name] =>
        Layers.FirstOrDefault(row => row.Name == name)
        ?? throw new KeyNotFoundException($"The network has no module named '{name}'.");
}
