namespace Experiments.Configuration.Problems;

/// <summary>An experiment that cannot run as written; <see cref="Problems"/> lists every mistake found.</summary>
public sealed class ConfigurationException(IReadOnlyList<ConfigProblem> problems)
    : Exception(Summarise(problems))
{
    public IReadOnlyList<ConfigProblem> Problems { get; } = problems;

    private static string Summarise(IReadOnlyList<ConfigProblem> problems) =>
        $"The experiment has {problems.Count} problem(s):" + Environment.NewLine +
        string.Join(Environment.NewLine, problems.Select(problem => "  " + problem));
}
