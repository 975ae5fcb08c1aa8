namespace Experiments.Sweeps.Definition;

/// <summary>A sweep that cannot run as written; carries every problem found, not just the first.</summary>
public sealed class SweepDefinitionException(IReadOnlyList<SweepProblem> problems)
    : Exception(Describe(problems))
{
    public IReadOnlyList<SweepProblem> Problems { get; } = problems;

    private static string Describe(IReadOnlyList<SweepProblem> problems) =>
        $"The sweep has {problems.Count} problem(s):{Environment.NewLine}" +
        string.Join(Environment.NewLine, problems.Select(p => "  " + p));
}
