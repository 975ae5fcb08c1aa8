using Experiments.Tracking.Model;

namespace Experiments.Tracking.Spool;

/// <summary>
/// One tracking call waiting for the server, in the order it was made. <see cref="RunRef"/> is the
/// server's run id, or a local id when the run itself could not be created yet. <see cref="Uncertain"/>
/// marks a batch whose first sending may have reached the server: its metrics are checked against the
/// server's history before being sent again.
/// </summary>
public sealed record SpoolEntry(
    long Sequence,
    SpoolEntryKind Kind,
    string RunRef,
    string? ExperimentName = null,
    RunCreation? Creation = null,
    LogBatch? Batch = null,
    RunStatus? Status = null,
    long? EndTime = null,
    string? LocalFile = null,
    string? ArtifactPath = null,
    bool Uncertain = false);
