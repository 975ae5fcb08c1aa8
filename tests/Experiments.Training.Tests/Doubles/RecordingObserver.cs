using Experiments.Contracts.Events;

namespace Experiments.Training.Tests.Doubles;

/// <summary>Keeps every event; optionally cancels the run after a given step, like Ctrl+C would.</summary>
public sealed class RecordingObserver(CancellationTokenSource? cancelAfter = null, long step = long.MaxValue)
    : ITrainingObserver, ITrackingRunIdentity
{
    public List<TrainingEvent> Events { get; } = [];

    public string? RunId { get; private set; }

    public IEnumerable<StepCompleted> Steps => Events.OfType<StepCompleted>();

    public IEnumerable<EpochCompleted> Epochs => Events.OfType<EpochCompleted>();

    public void Observe(TrainingEvent trainingEvent)
    {
        Events.Add(trainingEvent);
        if (trainingEvent is RunStarted started)
        {
            RunId = started.ResumeRunId ?? "run-" + Guid.NewGuid().ToString("N")[..8];
        }

        if (trainingEvent is StepCompleted completed && completed.Step == step)
        {
            cancelAfter?.Cancel();
        }
    }
}
