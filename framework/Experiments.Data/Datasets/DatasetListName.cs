namespace Experiments.Data.Datasets;

/// <summary>The three case lists of a dataset file.</summary>
public enum DatasetListName
{
    Training,
    Validation,
    Test,
}
