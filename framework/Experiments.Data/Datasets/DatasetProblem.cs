namespace Experiments.Data.Datasets;

/// <summary>
/// One thing wrong in a dataset file: where (for example <c>training[3] (id "case-004").hematoma</c>)
/// and what, including what was expected.
/// </summary>
public sealed record DatasetProblem(string Location, string Message)
{
    public override string ToString() => $"{Location}: {Message}";
}
