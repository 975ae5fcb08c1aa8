namespace Experiments.Sweeps.Running;

/// <summary>Runs one trial to its end (in its own process) and returns its exit code.</summary>
public interface ITrialLauncher
{
    Task<int> RunAsync(TrialLaunch launch, CancellationToken cancellation);
}
