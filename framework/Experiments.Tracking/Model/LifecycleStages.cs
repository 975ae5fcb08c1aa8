namespace Experiments.Tracking.Model;

/// <summary>The lifecycle stages MLflow gives experiments and runs.</summary>
public static class LifecycleStages
{
    public const string Active = "active";
    public const string Deleted = "deleted";
}
