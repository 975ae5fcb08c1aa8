using Experiments.Contracts.Events;
using Experiments.Tracking.FakeServer;
using Experiments.Tracking.Model;
using Experiments.Tracking.Spool;

namespace Experiments.Tracking.Tests.Tracker;

/// <summary>The server goes away for part of a run; every metric must end up stored exactly once.</summary>
public sealed class OutageTests
{
    private const int Steps = 900;

    [Theory]
    [InlineData(ServerOutage.DropBeforeHandling)]
    [InlineData(ServerOutage.DropAfterHandling)]
    [InlineData(ServerOutage.Unavailable)]
    public async Task A_server_that_disappears_mid_run_ends_with_every_metric_exactly_once(ServerOutage outage)
    {
        await using var harness = await TrackerHarness.StartAsync();
        string runId;
        await using (var tracker = harness.NewTracker())
        {
            tracker.Observe(TrackerHarness.Started());
            LogSteps(tracker, 0, 300);
            await tracker.FlushAsync();

            harness.Server.Outage = outage;
            LogSteps(tracker, 300, 450);
            await TrackerHarness.WaitUntilAsync(() => tracker.IsSpooling);
            LogSteps(tracker, 450, 600);
            await tracker.FlushAsync();
            Assert.True(tracker.IsSpooling);
            Assert.NotEmpty(SpoolJournal.FindAll(harness.SpoolFolder));

            harness.Server.Outage = ServerOutage.None;
            LogSteps(tracker, 600, Steps);
            tracker.Observe(new RunEnded(RunOutcome.Finished));
            await tracker.FlushAsync();
            runId = tracker.RunId!;
        }

        AssertEveryPointOnce(harness, runId);
        Assert.Equal(RunStatus.Finished, (await harness.Store.GetRunAsync(runId, default)).Info.Status);
        Assert.Empty(SpoolJournal.FindAll(harness.SpoolFolder));
    }

    [Fact]
    public async Task A_server_away_from_the_start_gets_the_whole_run_when_it_returns()
    {
        await using var harness = await TrackerHarness.StartAsync();
        harness.Server.Outage = ServerOutage.DropBeforeHandling;
        await using var tracker = harness.NewTracker();
        tracker.Observe(TrackerHarness.Started());
        LogSteps(tracker, 0, Steps);
        await tracker.FlushAsync();
        Assert.Null(tracker.RunId);

        harness.Server.Outage = ServerOutage.None;
        tracker.Observe(new RunEnded(RunOutcome.Finished));
        await tracker.FlushAsync();

        Assert.NotNull(tracker.RunId);
        AssertEveryPointOnce(harness, tracker.RunId!);
        Assert.Equal("2", (await harness.Store.GetRunAsync(tracker.RunId!, default)).Params
            .Single(p => p.Key == "training.epochs").Value);
    }

    [Fact]
    public async Task A_run_creation_whose_answer_was_lost_does_not_create_a_second_run()
    {
        await using var harness = await TrackerHarness.StartAsync();
        harness.Server.Outage = ServerOutage.DropAfterHandling;
        harness.Server.OutageOnlyFor = "runs/create";
        await using var tracker = harness.NewTracker();
        tracker.Observe(TrackerHarness.Started());
        LogSteps(tracker, 0, Steps);
        await TrackerHarness.WaitUntilAsync(() => tracker.IsSpooling);
        Assert.Single(harness.Server.State.Runs);

        harness.Server.Outage = ServerOutage.None;
        tracker.Observe(new RunEnded(RunOutcome.Finished));
        await tracker.FlushAsync();

        Assert.Equal(tracker.RunId, Assert.Single(harness.Server.State.Runs.Keys));
        AssertEveryPointOnce(harness, tracker.RunId!);
    }

    [Fact]
    public async Task A_journal_left_by_a_run_that_ended_offline_is_replayed_later_exactly_once()
    {
        await using var harness = await TrackerHarness.StartAsync();
        await using (var tracker = harness.NewTracker())
        {
            tracker.Observe(TrackerHarness.Started());
            LogSteps(tracker, 0, 100);
            await tracker.FlushAsync();
            harness.Server.Outage = ServerOutage.DropAfterHandling;
            LogSteps(tracker, 100, Steps);
            tracker.Observe(new RunEnded(RunOutcome.Finished));
        }

        harness.Server.Outage = ServerOutage.None;
        var journals = SpoolJournal.FindAll(harness.SpoolFolder);
        foreach (var path in journals)
        {
            using var journal = SpoolJournal.Open(path);
            Assert.True(await new SpoolReplayer(harness.Store, harness.Logger).ReplayAsync(journal, default));
            journal.DeleteIfDone();
        }

        var runId = harness.Server.State.Runs.Keys.Single();
        Assert.Single(journals);
        AssertEveryPointOnce(harness, runId);
        Assert.Equal(RunStatus.Finished, (await harness.Store.GetRunAsync(runId, default)).Info.Status);
    }

    private static void LogSteps(ITrainingObserver tracker, int from, int to)
    {
        for (var step = from; step < to; step++)
        {
            tracker.Observe(TrackerHarness.Step(step));
        }
    }

    private static void AssertEveryPointOnce(TrackerHarness harness, string runId)
    {
        var points = harness.Server.State.MetricsOf(runId).Where(point => point.Key == "loss").ToList();
        Assert.Equal(Enumerable.Range(0, Steps).Select(step => (long)step), points.Select(p => p.Step).Order());
        Assert.Equal(Steps, harness.Server.State.MetricsOf(runId).Count(point => point.Key == "lr"));
    }
}
