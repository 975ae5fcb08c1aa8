using Experiments.Contracts.Events;

namespace Experiments.Plugins.Hosting;

/// <summary>
/// Runs a prepared experiment (the trainer), reporting progress as events to <paramref name="observer"/>.
/// Throws when the run fails; the CLI turns that into exit code 1.
/// </summary>
public interface IExperimentRunner
{
    Task RunAsync(PreparedExperiment experiment, ITrainingObserver observer, CancellationToken cancellationToken);
}
