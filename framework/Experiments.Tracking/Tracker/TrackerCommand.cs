using Experiments.Contracts.Events;
using Experiments.Tracking.Model;

namespace Experiments.Tracking.Tracker;

// What the training thread hands to the tracker's background worker.

internal abstract record TrackerCommand;

internal sealed record StartRunCommand(RunStarted Started) : TrackerCommand;

internal sealed record MetricsCommand(MetricPoint[] Points) : TrackerCommand;

internal sealed record ArtifactCommand(string LocalPath, string ArtifactPath) : TrackerCommand;

internal sealed record EndRunCommand(RunEnded Ended) : TrackerCommand;

internal sealed record FlushCommand(TaskCompletionSource Done) : TrackerCommand;
