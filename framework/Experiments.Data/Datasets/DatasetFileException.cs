namespace Experiments.Data.Datasets;

/// <summary>A dataset file that cannot be used; lists every problem found in one pass.</summary>
public sealed class DatasetFileException(string filePath, IReadOnlyList<DatasetProblem> problems)
    : Exception(Describe(filePath, problems))
{
    public string FilePath { get; } = filePath;

    public IReadOnlyList<DatasetProblem> Problems { get; } = problems;

    private static string Describe(string filePath, IReadOnlyList<DatasetProblem> problems)
    {
        var count = problems.Count == 1 ? "1 problem" : $"{problems.Count} problems";
        var lines = problems.Select(problem => "  - " + problem);
        return $"Dataset file '{filePath}' has {count}:{Environment.NewLine}" +
               string.Join(Environment.NewLine, lines);
    }
}
