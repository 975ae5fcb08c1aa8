using Experiments.Contracts.Events;

namespace Experiments.Plugins.Tests;

internal sealed class RecordingObserver : ITrainingObserver
{
    public List<TrainingEvent> Events { get; } = [];

    public void Observe(TrainingEvent trainingEvent) => Events.Add(trainingEvent);
}
