using Experiments.Tracking.FileStore;
using Experiments.Tracking.Model;
using Experiments.Tracking.Spool;
using Microsoft.Extensions.Logging;

namespace Experiments.Tracking.Sync;

/// <summary>
/// Pushes runs from a local file store, or calls waiting in a spool folder, to a server. Each pushed
/// run carries the tag <see cref="MlflowTags.SyncSourceRunId"/>; a later sync finds the run by that tag
/// and sends only what the server lacks, so syncing twice duplicates nothing and an interrupted sync
/// can simply be run again.
/// </summary>
public sealed class RunSynchronizer(ITrackingStore target, ILogger logger)
{
    public static bool IsSpoolFolder(string folder) => SpoolJournal.FindAll(folder).Count > 0;

    public async Task<SyncReport> SyncSpoolAsync(string folder, CancellationToken cancellation)
    {
        var replayer = new SpoolReplayer(target, logger);
        var report = SyncReport.Empty;
        foreach (var path in SpoolJournal.FindAll(folder))
        {
            using var journal = SpoolJournal.Open(path);
            var done = await replayer.ReplayAsync(journal, cancellation);
            if (done)
            {
                journal.DeleteIfDone();
            }

            report += SyncReport.Empty with { JournalsReplayed = done ? 1 : 0, JournalsPending = done ? 0 : 1 };
        }

        return report;
    }

    public async Task<SyncReport> SyncFileStoreAsync(FileTrackingStore source, CancellationToken cancellation)
    {
        var report = SyncReport.Empty;
        foreach (var experiment in source.ListExperiments().Where(e => e.LifecycleStage == LifecycleStages.Active))
        {
            var runs = source.ListRuns(experiment.ExperimentId).Where(run => !run.IsDeleted).ToList();
            if (runs.Count == 0)
            {
                continue;
            }

            var experimentId = await ExperimentResolver.GetOrCreateAsync(target, experiment.Name, cancellation);
            foreach (var run in runs)
            {
                report += await SyncRunAsync(source, run, experimentId, cancellation);
            }
        }

        return report;
    }

    private async Task<SyncReport> SyncRunAsync(
        FileTrackingStore source, RunInfo run, string experimentId, CancellationToken cancellation)
    {
        var local = await source.GetRunAsync(run.RunId, cancellation);
        var filter = new TagEqualityFilter(MlflowTags.SyncSourceRunId, run.RunId).ToString();
        var remote = (await target.SearchRunsAsync(experimentId, filter, cancellation)).FirstOrDefault();
        var remoteId = remote?.Info.RunId ?? (await target.CreateRunAsync(new RunCreation(experimentId, run.RunName,
            run.StartTime, run.UserId, [new RunTag(MlflowTags.SyncSourceRunId, run.RunId)]), cancellation)).RunId;

        var sent = await SendMissingMetricsAsync(source, local, remoteId, remote is not null, cancellation);
        var parameters = local.Params.Where(p => remote?.Params.Contains(p) != true).ToList();
        var tags = local.Tags.Where(t => remote?.Tags.Contains(t) != true).ToList();
        await target.LogBatchAsync(remoteId, new LogBatch([], parameters, tags), cancellation);
        var uploaded = await UploadMissingArtifactsAsync(source, run, remoteId, null, cancellation);
        var statusChanged = remote is null || remote.Info.Status != run.Status || remote.Info.EndTime != run.EndTime;
        if (statusChanged)
        {
            await target.UpdateRunAsync(remoteId, run.Status, run.EndTime, cancellation);
        }

        var changed = sent + parameters.Count + tags.Count + uploaded > 0 || statusChanged;
        logger.LogInformation("Run {Source} -> {Remote}: {Points} metric points, {Files} artifacts sent",
            run.RunId, remoteId, sent, uploaded);
        return SyncReport.Empty with
        {
            RunsCreated = remote is null ? 1 : 0,
            RunsCompleted = remote is not null && changed ? 1 : 0,
            RunsUnchanged = changed ? 0 : 1,
            MetricPointsSent = sent,
            ArtifactsUploaded = uploaded,
        };
    }

    private async Task<int> SendMissingMetricsAsync(
        FileTrackingStore source, TrackedRun local, string remoteId, bool remoteExisted, CancellationToken cancellation)
    {
        var sent = 0;
        foreach (var key in local.LatestMetrics.Select(metric => metric.Key))
        {
            var history = LogBatch.OfMetrics(await source.GetMetricHistoryAsync(local.Info.RunId, key, cancellation));
            var missing = remoteExisted
                ? await EntryExecutor.WithoutStoredPointsAsync(target, remoteId, history, cancellation)
                : history;
            await target.LogBatchAsync(remoteId, missing, cancellation);
            sent += missing.Metrics.Count;
        }

        return sent;
    }

    private async Task<int> UploadMissingArtifactsAsync(
        FileTrackingStore source, RunInfo run, string remoteId, string? folder, CancellationToken cancellation)
    {
        var local = await source.ListArtifactsAsync(run.RunId, folder, cancellation);
        if (local.Count == 0)
        {
            return 0;
        }

        var remote = (await target.ListArtifactsAsync(remoteId, folder, cancellation)).ToHashSet();
        var uploaded = 0;
        foreach (var entry in local)
        {
            if (entry.IsDirectory)
            {
                uploaded += await UploadMissingArtifactsAsync(source, run, remoteId, entry.Path, cancellation);
            }
            else if (!remote.Contains(entry))
            {
                var file = FileStoreLayout.KeyFile(
                    new FileStoreLayout(source.Root).Artifacts(run.ExperimentId, run.RunId), entry.Path);
                await target.UploadArtifactAsync(remoteId, file, entry.Path, cancellation);
                uploaded++;
            }
        }

        return uploaded;
    }
}
