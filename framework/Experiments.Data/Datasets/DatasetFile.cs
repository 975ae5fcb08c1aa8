namespace Experiments.Data.Datasets;

/// <summary>
/// A Decathlon-style dataset file (<c>dataset.json</c>): a name, a description and the cases of
/// the training, validation and test lists.
/// </summary>
public sealed record DatasetFile(
    string FilePath,
    string Name,
    string Description,
    IReadOnlyList<DatasetCase> Training,
    IReadOnlyList<DatasetCase> Validation,
    IReadOnlyList<DatasetCase> Test)
{
    public IEnumerable<DatasetCase> AllCases => Training.Concat(Validation).Concat(Test);

    /// <summary>The cases of one list by its name in the file.</summary>
    public IReadOnlyList<DatasetCase> List(DatasetListName list) => list switch
    {
        DatasetListName.Training => Training,
        DatasetListName.Validation => Validation,
        DatasetListName.Test => Test,
        _ => throw new ArgumentOutOfRangeException(nameof(list), list, "Unknown dataset list."),
    };
}
