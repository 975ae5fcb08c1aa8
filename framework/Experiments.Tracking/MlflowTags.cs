namespace Experiments.Tracking;

/// <summary>The tag names MLflow and its UI give meaning to, and the ones this project adds.</summary>
public static class MlflowTags
{
    public const string RunName = "mlflow.runName";
    public const string User = "mlflow.user";
    public const string SourceName = "mlflow.source.name";
    public const string SourceType = "mlflow.source.type";
    public const string GitCommit = "mlflow.source.git.commit";
    public const string ParentRunId = "mlflow.parentRunId";

    /// <summary>Why a run failed or was killed (or "completed").</summary>
    public const string EndReason = "experiments.end_reason";

    /// <summary>
    /// The tracker's own id for a run, set at creation, so a creation whose answer was lost is found
    /// again instead of being repeated.
    /// </summary>
    public const string ClientRunKey = "experiments.client_run_key";

    /// <summary>On a run pushed by <c>experiments mlflow sync</c>: the run id in the source store.</summary>
    public const string SyncSourceRunId = "experiments.sync.source_run_id";
}
