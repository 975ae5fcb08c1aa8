using Experiments.Configuration.Documents;
using Experiments.Configuration.Problems;
using Experiments.Configuration.Schema;

namespace Experiments.Configuration;

/// <summary>
/// An experiment as read: the merged document (every value with its file and line), the typed
/// configuration (partial when there are problems) and the problems found.
/// </summary>
public sealed record ExperimentLoadResult(
    string SourcePath,
    ConfigMapping Document,
    ExperimentConfig? Config,
    IReadOnlyList<ConfigProblem> Problems)
{
    public bool IsValid => Problems.Count == 0 && Config is not null;
}
