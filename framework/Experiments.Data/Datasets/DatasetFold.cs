namespace Experiments.Data.Datasets;

/// <summary>One fold of a k-fold split: the cases to train on and the held-out cases.</summary>
public sealed record DatasetFold(int Index, IReadOnlyList<DatasetCase> Training, IReadOnlyList<DatasetCase> Validation);
