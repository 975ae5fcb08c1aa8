using Experiments.Configuration.Reference;
using Experiments.Testing;

namespace Experiments.Configuration.Tests;

public sealed class ReferenceDocumentTests
{
    [Fact]
    public void The_committed_reference_matches_the_schema()
    {
        var committed = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "experiment-reference.md"));

        Assert.True(
            committed == ExperimentReference.Markdown(),
            "docs/experiment-reference.md is out of date; regenerate it with " +
            "`dotnet run --project framework/Experiments.Cli -- reference > docs/experiment-reference.md`.");
    }

    [Fact]
    public void The_reference_lists_nested_keys_variants_and_defaults()
    {
        var lines = ExperimentReference.Markdown().Split('\n');

        Assert.Contains("| `training.checkpointing.keep_last` | integer | `2` | " +
                        "Checkpoints of the latest epochs kept; older ones are deleted. |", lines);
        Assert.Contains("| `schedule.milestones` | list of integer | required | " +
                        "*multistep:* Epochs (counted from 0) at which the learning rate is multiplied by gamma. |",
            lines);
        Assert.Contains(lines, line => line.StartsWith("| `tasks.<task>.loss` | dice \\| bce \\| focal | required |"));
    }
}
