using Experiments.Contracts.Events;

namespace Experiments.Runner;

/// <summary>
/// Sits between the trainer and the observers: adds the request's parent run, run to continue
/// and tags to <see cref="RunStarted"/>, and holds <see cref="RunEnded"/> back until the
/// evaluation after training has logged its results into the same run.
/// </summary>
internal sealed class RunEventAdjuster(IReadOnlyList<ITrainingObserver> observers, RunRequest request)
    : ITrainingObserver, ITrackingRunIdentity
{
    public string? RunId =>
        observers.OfType<ITrackingRunIdentity>().Select(o => o.RunId).FirstOrDefault(id => id is not null);

    public RunEnded? HeldEnd { get; private set; }

    public void Observe(TrainingEvent trainingEvent)
    {
        switch (trainingEvent)
        {
            case RunEnded ended:
                HeldEnd = ended;
                break;
            case RunStarted started:
                Forward(Adjust(started));
                break;
            default:
                Forward(trainingEvent);
                break;
        }
    }

    public void Forward(TrainingEvent trainingEvent)
    {
        foreach (var observer in observers)
        {
            observer.Observe(trainingEvent);
        }
    }

    public void ReleaseEnd(RunEnded? replacement = null)
    {
        if ((replacement ?? HeldEnd) is { } end)
        {
            Forward(end);
        }
    }

    private RunStarted Adjust(RunStarted started)
    {
        var tags = new Dictionary<string, string>(started.Tags);
        foreach (var (key, value) in request.Tags)
        {
            tags[key] = value;
        }

        return started with
        {
            RunName = request.RunName ?? started.RunName,
            Tags = tags,
            ResumeRunId = started.ResumeRunId ?? request.ResumeRunId,
            ParentRunId = request.ParentRunId ?? started.ParentRunId,
        };
    }
}
