namespace Experiments.Contracts.Events;

/// <summary>Receives the trainer's events in order, on the trainer's thread; must return quickly.</summary>
public interface ITrainingObserver
{
    void Observe(TrainingEvent trainingEvent);
}
