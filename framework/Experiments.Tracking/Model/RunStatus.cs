namespace Experiments.Tracking.Model;

/// <summary>MLflow's run states; the numbers are the ones the classic file store writes.</summary>
public enum RunStatus
{
    Running = 1,
    Scheduled = 2,
    Finished = 3,
    Failed = 4,
    Killed = 5,
}
