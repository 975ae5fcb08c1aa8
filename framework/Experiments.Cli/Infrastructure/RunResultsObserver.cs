using Experiments.Contracts.Events;
using Experiments.Training.Loop;

namespace Experiments.Cli.Infrastructure;

/// <summary>
/// Keeps the metrics of the evaluation after training (keys under <see cref="MetricNames.EvaluationPrefix"/>)
/// for the run's end report, passing every event on to <paramref name="next"/>.
/// </summary>
public sealed class RunResultsObserver(ITrainingObserver next) : ITrainingObserver
{
    private readonly SortedDictionary<string, double> _evaluation = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, double> Evaluation => _evaluation;

    public void Observe(TrainingEvent trainingEvent)
    {
        if (trainingEvent is EpochCompleted epoch)
        {
            foreach (var (key, value) in epoch.Metrics)
            {
                if (key.StartsWith(MetricNames.EvaluationPrefix, StringComparison.Ordinal))
                {
                    _evaluation[key] = value;
                }
            }
        }

        next.Observe(trainingEvent);
    }
}
