using Experiments.Tracking.Keys;

namespace Experiments.Tracking.Tracker;

/// <summary>How an <see cref="MlflowTracker"/> names and labels its run and where it spools.</summary>
public sealed record TrackerOptions
{
    public required string ExperimentName { get; init; }

    /// <summary>Journals of calls made while the server was unreachable.</summary>
    public required string SpoolFolder { get; init; }

    public TimeSpan SystemMetricsInterval { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan ReconnectInterval { get; init; } = TimeSpan.FromSeconds(15);

    public string UserName { get; init; } = Environment.UserName;

    public string SourceName { get; init; } = Environment.GetCommandLineArgs().FirstOrDefault() ?? "experiments";

    /// <summary>The folder whose git checkout gives <c>mlflow.source.git.commit</c>.</summary>
    public string WorkingDirectory { get; init; } = Environment.CurrentDirectory;

    public SecretGuard Secrets { get; init; } = SecretGuard.None;
}
