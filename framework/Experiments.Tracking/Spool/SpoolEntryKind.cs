namespace Experiments.Tracking.Spool;

public enum SpoolEntryKind
{
    CreateRun,
    LogBatch,
    UpdateRun,
    UploadArtifact,
}
