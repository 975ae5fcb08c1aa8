using System.Threading.Channels;
using Experiments.Contracts.Events;
using Experiments.Tracking.Keys;
using Experiments.Tracking.Model;
using Experiments.Tracking.SystemMetrics;
using Microsoft.Extensions.Logging;

namespace Experiments.Tracking.Tracker;

/// <summary>
/// Records a training run in MLflow from the trainer's events. <see cref="Observe"/> only puts the event
/// on an unbounded in-memory queue (it never waits on the network or the disk); a background task sends
/// it, or journals it while the server is away. Call <see cref="FlushAsync"/> or dispose on finish,
/// failure and Ctrl+C so nothing queued is lost.
/// </summary>
public sealed class MlflowTracker : ITrainingObserver, ITrackingRunIdentity, IAsyncDisposable, IDisposable
{
    private readonly Channel<TrackerCommand> _queue = Channel.CreateUnbounded<TrackerCommand>(
        new UnboundedChannelOptions { SingleReader = true, SingleWriter = false });

    private readonly TrackerWorker _worker;
    private readonly TrackerOptions _options;
    private readonly ILogger _logger;
    private readonly Task _loop;
    private SystemMetricsSampler? _sampler;
    private int _disposed;

    public MlflowTracker(ITrackingStore store, TrackerOptions options, ILogger<MlflowTracker> logger)
    {
        _options = options;
        _logger = logger;
        _worker = new TrackerWorker(store, options, logger);
        _loop = Task.Run(RunLoopAsync);
    }

    /// <summary>The MLflow run id once the server created (or resumed) the run; null until then.</summary>
    public string? RunId => _worker.RunId;

    /// <summary>True while calls wait in the spool journal for the server.</summary>
    public bool IsSpooling => _worker.IsSpooling;

    public void Observe(TrainingEvent trainingEvent)
    {
        switch (trainingEvent)
        {
            case RunStarted started:
                Enqueue(new StartRunCommand(started));
                StartSystemMetrics();
                break;
            case StepCompleted step:
                LogMetrics(step.Metrics, step.Step, step.Time);
                break;
            case EpochCompleted epoch:
                LogMetrics(epoch.Metrics, epoch.Step, epoch.Time);
                break;
            case ArtifactProduced artifact:
                var artifactPath = $"{artifact.ArtifactFolder.Trim('/')}/{Path.GetFileName(artifact.LocalPath)}";
                Enqueue(new ArtifactCommand(artifact.LocalPath, artifactPath.TrimStart('/')));
                break;
            case RunEnded ended:
                _sampler?.Dispose();
                Enqueue(new EndRunCommand(ended));
                break;
        }
    }

    /// <summary>Queues metric values at one step; costs the caller a few allocations, no I/O.</summary>
    public void LogMetrics(IReadOnlyDictionary<string, double> metrics, long step, DateTimeOffset time)
    {
        var timestamp = time.ToUnixTimeMilliseconds();
        var points = new MetricPoint[metrics.Count];
        var index = 0;
        foreach (var (key, value) in metrics)
        {
            points[index++] = new MetricPoint(key, value, timestamp, step);
        }

        Enqueue(new MetricsCommand(points));
    }

    /// <summary>Waits until everything queued so far was delivered or journaled.</summary>
    public async Task FlushAsync(CancellationToken cancellation = default)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_queue.Writer.TryWrite(new FlushCommand(done)))
        {
            await _loop.WaitAsync(cancellation);
            return;
        }

        await Task.WhenAny(done.Task, _loop).WaitAsync(cancellation);
    }

    public void Flush() => FlushAsync().GetAwaiter().GetResult();

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _sampler?.Dispose();
        _queue.Writer.TryComplete();
        await _loop;
        _worker.Close();
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private void Enqueue(TrackerCommand command)
    {
        if (!_queue.Writer.TryWrite(command))
        {
            _logger.LogWarning("The MLflow tracker is closed; {Command} is not recorded", command.GetType().Name);
        }
    }

    private void StartSystemMetrics()
    {
        if (_options.SystemMetricsInterval > TimeSpan.Zero && _sampler is null)
        {
            _sampler = new SystemMetricsSampler(_options.SystemMetricsInterval,
                (values, step) => LogMetrics(values, step, DateTimeOffset.UtcNow), _logger);
        }
    }

    private async Task RunLoopAsync()
    {
        var reader = _queue.Reader;
        while (await WaitForWorkAsync(reader))
        {
            while (reader.TryRead(out var command))
            {
                try
                {
                    await _worker.HandleAsync(Coalesce(command, reader), CancellationToken.None);
                }
                catch (Exception error)
                {
                    // Tracking must never stop training: the failure is reported and the next event handled.
                    _logger.LogError(error, "The MLflow tracker could not record {Command}", command.GetType().Name);
                    (command as FlushCommand)?.Done.TrySetResult();
                }
            }

            await _worker.ReconnectIfDueAsync(CancellationToken.None);
        }

        await _worker.HandleAsync(new FlushCommand(new TaskCompletionSource()), CancellationToken.None);
    }

    /// <summary>Merges metric commands waiting back to back into one batch of at most 1000 points.</summary>
    private static TrackerCommand Coalesce(TrackerCommand first, ChannelReader<TrackerCommand> reader)
    {
        if (first is not MetricsCommand metrics)
        {
            return first;
        }

        var points = new List<MetricPoint>(metrics.Points);
        while (points.Count < TrackingLimits.MaxMetricsPerBatch
               && reader.TryPeek(out var next) && next is MetricsCommand more
               && points.Count + more.Points.Length <= TrackingLimits.MaxMetricsPerBatch
               && reader.TryRead(out _))
        {
            points.AddRange(more.Points);
        }

        return new MetricsCommand([.. points]);
    }

    /// <summary>Waits for commands; while spooling, wakes up anyway so reconnect attempts happen.</summary>
    private async Task<bool> WaitForWorkAsync(ChannelReader<TrackerCommand> reader)
    {
        if (!_worker.IsSpooling)
        {
            return await reader.WaitToReadAsync();
        }

        using var wake = new CancellationTokenSource(_options.ReconnectInterval);
        try
        {
            return await reader.WaitToReadAsync(wake.Token);
        }
        catch (OperationCanceledException)
        {
            return true;
        }
    }
}
