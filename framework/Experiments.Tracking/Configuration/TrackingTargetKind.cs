namespace Experiments.Tracking.Configuration;

public enum TrackingTargetKind
{
    /// <summary>An MLflow server reached over its REST API.</summary>
    Server,

    /// <summary>A classic <c>./mlruns</c> folder written directly.</summary>
    FileStore,
}
