using Experiments.Contracts.Events;
using Experiments.Tracking.Keys;
using Experiments.Tracking.Model;
using Experiments.Tracking.Spool;
using Microsoft.Extensions.Logging;

namespace Experiments.Tracking.Tracker;

/// <summary>
/// Turns tracker commands into store calls on a background task. While the server answers, calls go
/// straight to it; once it does not, every call is journaled in order and the journal is replayed
/// whenever a reconnect attempt is due, so the run's record stays complete and in order.
/// </summary>
internal sealed class TrackerWorker(ITrackingStore store, TrackerOptions options, ILogger logger)
{
    private readonly BatchValidator _validator = new(options.Secrets, logger);
    private readonly SpoolReplayer _replayer = new(store, logger);
    private readonly HashSet<string> _reportedRefusals = [];
    private readonly string _sessionId = Guid.NewGuid().ToString("N");
    private SpoolJournal? _journal;
    private long _sequence;
    private string? _runRef;
    private DateTimeOffset _nextReconnect;

    public string? RunId { get; private set; }

    public bool IsSpooling => _journal?.HasPending == true;

    public string? JournalPath => _journal?.JournalPath;

    public async Task HandleAsync(TrackerCommand command, CancellationToken cancellation)
    {
        switch (command)
        {
            case StartRunCommand start:
                await StartAsync(start.Started, cancellation);
                break;
            case MetricsCommand metrics:
                await LogAsync(LogBatch.OfMetrics(metrics.Points), cancellation);
                break;
            case ArtifactCommand artifact:
                await UploadAsync(artifact, cancellation);
                break;
            case EndRunCommand end:
                await EndAsync(end.Ended, cancellation);
                break;
            case FlushCommand flush:
                await ReconnectIfDueAsync(force: true, cancellation);
                flush.Done.TrySetResult();
                break;
        }
    }

    public Task ReconnectIfDueAsync(CancellationToken cancellation) => ReconnectIfDueAsync(false, cancellation);

    public void Close()
    {
        if (_journal is null)
        {
            return;
        }

        if (_journal.HasPending)
        {
            logger.LogWarning(
                "{Count} MLflow call(s) could not be delivered and wait in {Journal}; send them with " +
                "'experiments mlflow sync {Folder} --to <server>'", _journal.Pending.Count, _journal.JournalPath,
                options.SpoolFolder);
            _journal.Dispose();
            return;
        }

        _journal.DeleteIfDone();
    }

    private async Task StartAsync(RunStarted started, CancellationToken cancellation)
    {
        var tags = RunTagsBuilder.Build(started, options);
        if (started.ResumeRunId is { } resumed)
        {
            _runRef = RunId = resumed;
            await DeliverAsync(Entry(SpoolEntryKind.UpdateRun) with { Status = RunStatus.Running }, cancellation);
        }
        else
        {
            _runRef = "local-" + _sessionId;
            var creation = new RunCreation("", started.RunName, started.Time.ToUnixTimeMilliseconds(),
                options.UserName, []);
            await DeliverAsync(Entry(SpoolEntryKind.CreateRun) with
            {
                ExperimentName = options.ExperimentName,
                Creation = creation,
            }, cancellation);
        }

        var parameters = started.Parameters.Select(pair => new RunParameter(pair.Key, pair.Value)).ToList();
        await LogAsync(new LogBatch([], parameters, tags), cancellation);
    }

    private async Task LogAsync(LogBatch batch, CancellationToken cancellation)
    {
        var validated = _validator.Validate(batch);
        foreach (var refusal in validated.Refusals.Where(_reportedRefusals.Add))
        {
            logger.LogError("Not sent to MLflow: {Refusal}", refusal);
        }

        foreach (var part in BatchSplitter.Split(validated.Accepted))
        {
            await DeliverAsync(Entry(SpoolEntryKind.LogBatch) with { Batch = part }, cancellation);
        }
    }

    private async Task UploadAsync(ArtifactCommand artifact, CancellationToken cancellation)
    {
        if (options.Secrets.FileContainsSecret(artifact.LocalPath))
        {
            logger.LogError("Artifact {Path} contains a tracking credential and is not uploaded", artifact.LocalPath);
            return;
        }

        await DeliverAsync(Entry(SpoolEntryKind.UploadArtifact) with
        {
            LocalFile = artifact.LocalPath,
            ArtifactPath = artifact.ArtifactPath,
        }, cancellation);
    }

    private async Task EndAsync(RunEnded ended, CancellationToken cancellation)
    {
        var reason = ended.Reason ?? ended.Outcome.ToString().ToLowerInvariant();
        await LogAsync(LogBatch.OfTags([new RunTag(MlflowTags.EndReason, reason)]), cancellation);
        var status = ended.Outcome switch
        {
            RunOutcome.Finished => RunStatus.Finished,
            RunOutcome.Failed => RunStatus.Failed,
            _ => RunStatus.Killed,
        };
        await DeliverAsync(Entry(SpoolEntryKind.UpdateRun) with
        {
            Status = status,
            EndTime = ended.Time.ToUnixTimeMilliseconds(),
        }, cancellation);
    }

    private SpoolEntry Entry(SpoolEntryKind kind) =>
        new(++_sequence, kind, _runRef ?? throw new InvalidOperationException(
            "The tracker received a training event before RunStarted."));

    private async Task DeliverAsync(SpoolEntry entry, CancellationToken cancellation)
    {
        if (IsSpooling)
        {
            Spool(entry, uncertain: false);
            await ReconnectIfDueAsync(false, cancellation);
            return;
        }

        try
        {
            var created = await EntryExecutor.ExecuteAsync(store, entry, RunId ?? entry.RunRef, cancellation);
            if (created is not null)
            {
                _runRef = RunId = created;
            }
        }
        catch (TrackingUnavailableException error)
        {
            logger.LogWarning("MLflow is unreachable ({Reason}); calls are journaled in {Folder} until it answers",
                error.Message, options.SpoolFolder);
            Spool(entry, error.MayHaveBeenApplied);
            _nextReconnect = DateTimeOffset.UtcNow + options.ReconnectInterval;
        }
        catch (TrackingException error)
        {
            logger.LogError("MLflow refused {Kind} for run {Run}: {Reason}", entry.Kind, entry.RunRef, error.Message);
        }
    }

    private void Spool(SpoolEntry entry, bool uncertain)
    {
        _journal ??= SpoolJournal.Open(Path.Combine(options.SpoolFolder, _sessionId + SpoolJournal.Extension));
        if (entry.LocalFile is { } file)
        {
            Directory.CreateDirectory(_journal.FilesFolder);
            var copy = Path.Combine(_journal.FilesFolder, $"{entry.Sequence}-{Path.GetFileName(file)}");
            File.Copy(file, copy, overwrite: true);
            entry = entry with { LocalFile = copy };
        }

        _journal.Append(entry with { Uncertain = uncertain && entry.Kind == SpoolEntryKind.LogBatch });
    }

    private async Task ReconnectIfDueAsync(bool force, CancellationToken cancellation)
    {
        if (!IsSpooling || (!force && DateTimeOffset.UtcNow < _nextReconnect))
        {
            return;
        }

        _nextReconnect = DateTimeOffset.UtcNow + options.ReconnectInterval;
        var done = await _replayer.ReplayAsync(_journal!, cancellation);
        var resolved = _runRef is null ? null : _journal!.ResolveRun(_runRef);
        if (RunId is null && resolved is not null && resolved != _runRef)
        {
            _runRef = RunId = resolved;
        }

        if (done)
        {
            logger.LogInformation("MLflow answers again; every journaled call has been delivered");
            _journal!.DeleteIfDone();
            _journal = null;
        }
    }
}
