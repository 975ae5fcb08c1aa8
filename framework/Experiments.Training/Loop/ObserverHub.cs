using Experiments.Contracts.Events;
using Microsoft.Extensions.Logging;

namespace Experiments.Training.Loop;

/// <summary>
/// Hands every event to every observer in order. An observer that throws is logged and skipped for
/// that event: a tracking server going down must not cost hours of training.
/// </summary>
public sealed class ObserverHub(IReadOnlyList<ITrainingObserver> observers, ILogger logger)
{
    /// <summary>The tracking run an observer opened (see <see cref="ITrackingRunIdentity"/>), if any.</summary>
    public string? TrackingRunId =>
        observers.OfType<ITrackingRunIdentity>().Select(observer => observer.RunId).FirstOrDefault(id => id is not null);

    public void Publish(TrainingEvent trainingEvent)
    {
        foreach (var observer in observers)
        {
            try
            {
                observer.Observe(trainingEvent);
            }
            catch (Exception exception)
            {
                logger.LogError(
                    exception, "Observer {Observer} failed on {Event}", observer.GetType().Name, trainingEvent.GetType().Name);
            }
        }
    }
}
