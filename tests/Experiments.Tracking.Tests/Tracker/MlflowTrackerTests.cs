using System.Text.RegularExpressions;
using Experiments.Contracts.Events;
using Experiments.Tracking.Model;

namespace Experiments.Tracking.Tests.Tracker;

public sealed class MlflowTrackerTests
{
    [Fact]
    public async Task A_finished_run_records_params_tags_metrics_artifacts_and_status()
    {
        await using var harness = await TrackerHarness.StartAsync();
        var artifact = harness.Folder.File("config.yaml");
        await File.WriteAllTextAsync(artifact, "epochs: 2\n");
        string runId;
        await using (var tracker = harness.NewTracker())
        {
            tracker.Observe(TrackerHarness.Started(parent: "parent-run"));
            tracker.Observe(TrackerHarness.Step(0));
            tracker.Observe(TrackerHarness.Step(1));
            tracker.Observe(new EpochCompleted(0, 1, new Dictionary<string, double> { ["val/dice"] = 0.5 }));
            tracker.Observe(new ArtifactProduced(artifact, "config"));
            tracker.Observe(new RunEnded(RunOutcome.Finished) { Time = DateTimeOffset.FromUnixTimeMilliseconds(9) });
            await tracker.FlushAsync();
            runId = tracker.RunId!;
        }

        var run = await harness.Store.GetRunAsync(runId, default);
        var loss = await harness.Store.GetMetricHistoryAsync(runId, "loss", default);
        Assert.Equal((RunStatus.Finished, 9L, "run-1"), (run.Info.Status, run.Info.EndTime!.Value, run.Info.RunName));
        Assert.Equal("2", run.Params.Single(p => p.Key == "training.epochs").Value);
        Assert.Equal("0.001", run.Params.Single(p => p.Key == "optimizer.learning_rate").Value);
        Assert.Equal("tester", run.FindTag(MlflowTags.User));
        Assert.Equal("experiments.dll", run.FindTag(MlflowTags.SourceName));
        Assert.Equal("LOCAL", run.FindTag(MlflowTags.SourceType));
        Assert.Equal("parent-run", run.FindTag(MlflowTags.ParentRunId));
        Assert.Equal("1.0.0", run.FindTag("plugin.unet3d"));
        Assert.Equal("finished", run.FindTag(MlflowTags.EndReason));
        Assert.Matches(new Regex("^[0-9a-f]{40}$"), run.FindTag(MlflowTags.GitCommit));
        Assert.Equal(
            [new MetricPoint("loss", 1.0, 1_800_000_000_000, 0), new MetricPoint("loss", 0.5, 1_800_000_000_001, 1)],
            loss);
        Assert.Equal(1, run.LatestMetrics.Single(m => m.Key == "val/dice").Step);
        Assert.Contains(harness.Server.State.Artifacts.Keys,
            key => key.EndsWith($"{runId}/artifacts/config/config.yaml"));
    }

    [Fact]
    public async Task A_failed_run_keeps_its_reason()
    {
        await using var harness = await TrackerHarness.StartAsync();
        string runId;
        await using (var tracker = harness.NewTracker())
        {
            tracker.Observe(TrackerHarness.Started());
            tracker.Observe(new RunEnded(RunOutcome.Failed, "CUDA out of memory"));
            await tracker.FlushAsync();
            runId = tracker.RunId!;
        }

        var run = await harness.Store.GetRunAsync(runId, default);
        Assert.Equal(RunStatus.Failed, run.Info.Status);
        Assert.Equal("CUDA out of memory", run.FindTag(MlflowTags.EndReason));
    }

    [Fact]
    public async Task A_resumed_run_continues_the_same_mlflow_run()
    {
        await using var harness = await TrackerHarness.StartAsync();
        string firstId;
        await using (var tracker = harness.NewTracker())
        {
            tracker.Observe(TrackerHarness.Started());
            tracker.Observe(TrackerHarness.Step(0));
            tracker.Observe(new RunEnded(RunOutcome.Killed, "Ctrl+C"));
            await tracker.FlushAsync();
            firstId = tracker.RunId!;
        }

        await using (var resumed = harness.NewTracker())
        {
            resumed.Observe(TrackerHarness.Started(resume: firstId));
            resumed.Observe(TrackerHarness.Step(1));
            resumed.Observe(new RunEnded(RunOutcome.Finished));
            await resumed.FlushAsync();
            Assert.Equal(firstId, resumed.RunId);
        }

        var run = await harness.Store.GetRunAsync(firstId, default);
        Assert.Single(harness.Server.State.Runs);
        Assert.Equal(RunStatus.Finished, run.Info.Status);
        var loss = await harness.Store.GetMetricHistoryAsync(firstId, "loss", default);
        Assert.Equal([0L, 1L], loss.Select(point => point.Step));
    }

    [Fact]
    public async Task Invalid_keys_are_reported_once_and_the_rest_of_the_step_is_kept()
    {
        await using var harness = await TrackerHarness.StartAsync();
        string runId;
        await using (var tracker = harness.NewTracker())
        {
            tracker.Observe(TrackerHarness.Started());
            for (var step = 0; step < 3; step++)
            {
                var metrics = new Dictionary<string, double> { ["bad key!"] = 1, ["ok"] = step };
                tracker.Observe(new StepCompleted(step, 0, metrics));
            }

            await tracker.FlushAsync();
            runId = tracker.RunId!;
        }

        Assert.Equal(3, (await harness.Store.GetMetricHistoryAsync(runId, "ok", default)).Count);
        Assert.Single(harness.Logger.At(Microsoft.Extensions.Logging.LogLevel.Error), m => m.Contains("bad key!"));
    }

    [Fact]
    public async Task An_artifact_holding_the_tracking_secret_is_not_uploaded()
    {
        await using var harness = await TrackerHarness.StartAsync();
        var leaky = harness.Folder.File("env.txt");
        await File.WriteAllTextAsync(leaky, "MLFLOW_TRACKING_TOKEN=s3cr3t-token\n");
        await using (var tracker = harness.NewTracker())
        {
            tracker.Observe(TrackerHarness.Started());
            tracker.Observe(new ArtifactProduced(leaky, "debug"));
            await tracker.FlushAsync();
        }

        Assert.Empty(harness.Server.State.Artifacts);
        Assert.DoesNotContain(harness.Logger.Entries, entry => entry.Message.Contains("s3cr3t-token"));
    }

    [Fact]
    public async Task System_metrics_arrive_under_the_system_prefix()
    {
        await using var harness = await TrackerHarness.StartAsync();
        string runId;
        await using (var tracker = harness.NewTracker(TimeSpan.FromMilliseconds(40)))
        {
            tracker.Observe(TrackerHarness.Started());
            await Task.Delay(300);
            await tracker.FlushAsync();
            runId = tracker.RunId!;
        }

        var memory = await harness.Store.GetMetricHistoryAsync(runId, "system/process_memory_usage_megabytes", default);
        var cpu = await harness.Store.GetMetricHistoryAsync(runId, "system/cpu_utilization_percentage", default);
        Assert.True(memory.Count >= 2, $"{memory.Count} samples");
        Assert.All(memory, point => Assert.InRange(point.Value, 1, 1_000_000));
        Assert.Equal(Enumerable.Range(0, memory.Count).Select(i => (long)i), memory.Select(point => point.Step));
        Assert.All(cpu, point => Assert.InRange(point.Value, 0, 100));
    }
}
