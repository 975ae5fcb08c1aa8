namespace Experiments.Training.Models;

/// <summary>
/// One module of a network: its dotted name (depth = number of dots), its type, the shape of its
/// output in the summarising forward pass (empty when the module was not called or returns
/// several tensors) and the parameters of it and its children.
/// </summary>
public sealed record ModelSummaryRow(string Name, string Type, IReadOnlyList<long> OutputShape, long Parameters)
{
    public int Depth => Name.Count(character => character == '.');

    public bool HasChildren { get; init; }
}
