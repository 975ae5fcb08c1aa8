using Experiments.Contracts.Events;
using Experiments.Testing;
using Experiments.Tracking.FileStore;
using Experiments.Tracking.Model;
using Experiments.Tracking.Tracker;

namespace Experiments.Tracking.Tests.Tracker;

public sealed class FileStoreTrackerTests
{
    [Fact]
    public async Task A_run_tracked_into_a_file_store_reads_back_complete()
    {
        using var folder = new TemporaryFolder();
        var store = new FileTrackingStore(Path.Combine(folder.Path, "mlruns"));
        string runId;
        await using (var tracker = new MlflowTracker(store, new TrackerOptions
        {
            ExperimentName = "local",
            SpoolFolder = folder.File("spool"),
            SystemMetricsInterval = TimeSpan.Zero,
        }, new RecordingLogger<MlflowTracker>()))
        {
            tracker.Observe(TrackerHarness.Started());
            for (var step = 0; step < 2500; step++)
            {
                tracker.Observe(TrackerHarness.Step(step));
            }

            tracker.Observe(new RunEnded(RunOutcome.Killed, "Ctrl+C"));
            await tracker.FlushAsync();
            runId = tracker.RunId!;
        }

        var run = await store.GetRunAsync(runId, default);
        var loss = await store.GetMetricHistoryAsync(runId, "loss", default);
        Assert.Equal((RunStatus.Killed, "Ctrl+C"), (run.Info.Status, run.FindTag(MlflowTags.EndReason)));
        Assert.Equal(Enumerable.Range(0, 2500).Select(step => (long)step), loss.Select(point => point.Step));
        Assert.Equal("local", store.ListExperiments().Single(e => e.ExperimentId == run.Info.ExperimentId).Name);
        Assert.False(Directory.Exists(folder.File("spool")));
    }
}
