using Experiments.Configuration.Documents;
namespace Experiments.Sweeps.Definition;

/// <summary>One mistake in a sweep block, with where it is and what was expected.</summary>
public sealed record SweepProblem(SourceLocation Location, string Path, string Message)
{
    public override string ToString() => $"{Location}: {Path}: {Message}";
}
