using System.Globalization;
using Experiments.Contracts.Events;
using Spectre.Console;

namespace Experiments.Cli.Infrastructure;

/// <summary>Shows a run's events as a Spectre progress bar: epochs done, and the latest step's loss.</summary>
public sealed class ProgressObserver(ProgressContext progress, int epochs) : ITrainingObserver
{
    private ProgressTask? _task;

    public void Observe(TrainingEvent trainingEvent)
    {
        switch (trainingEvent)
        {
            case RunStarted started:
                _task = progress.AddTask(Markup.Escape(started.RunName), maxValue: epochs);
                _task.IsIndeterminate = true;
                break;
            case StepCompleted step when _task is not null:
                var loss = step.Metrics.TryGetValue("loss", out var value)
                    ? value.ToString("F5", CultureInfo.InvariantCulture)
                    : "n/a";
                _task.Description = $"epoch {step.Epoch + 1}/{epochs}, step {step.Step}, loss {loss}";
                break;
            case EpochCompleted epoch when _task is not null:
                _task.IsIndeterminate = false;
                _task.Value = epoch.Epoch + 1;
                break;
            case RunEnded ended when _task is not null:
                _task.Description = $"{ended.Outcome.ToString().ToLowerInvariant()}: {_task.Description}";
                _task.StopTask();
                break;
        }
    }
}
