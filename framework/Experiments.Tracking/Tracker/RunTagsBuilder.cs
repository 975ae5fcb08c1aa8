using Experiments.Contracts.Events;
using Experiments.Tracking.Model;

namespace Experiments.Tracking.Tracker;

/// <summary>The tags every run gets: name, user, source, git commit, parent run, plus the plugins' own.</summary>
internal static class RunTagsBuilder
{
    public static IReadOnlyList<RunTag> Build(RunStarted started, TrackerOptions options)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [MlflowTags.RunName] = started.RunName,
            [MlflowTags.User] = options.UserName,
            [MlflowTags.SourceName] = options.SourceName,
            [MlflowTags.SourceType] = "LOCAL",
        };
        if (GitCommitReader.Find(options.WorkingDirectory) is { } commit)
        {
            tags[MlflowTags.GitCommit] = commit;
        }

        if (started.ParentRunId is { } parent)
        {
            tags[MlflowTags.ParentRunId] = parent;
        }

        foreach (var (key, value) in started.Tags)
        {
            tags[key] = value;
        }

        return tags.Select(pair => new RunTag(pair.Key, pair.Value)).ToList();
    }
}
