namespace Experiments.Runner;

/// <summary>
/// How one run is started from the command line: resume from its last checkpoint, the tracking
/// run to continue or to nest under (a sweep's parent), a run name and extra tags.
/// </summary>
public sealed record RunRequest
{
    public bool Resume { get; init; }

    public string? ResumeRunId { get; init; }

    public string? ParentRunId { get; init; }

    public string? RunName { get; init; }

    public IReadOnlyDictionary<string, string> Tags { get; init; } = new Dictionary<string, string>();
}
