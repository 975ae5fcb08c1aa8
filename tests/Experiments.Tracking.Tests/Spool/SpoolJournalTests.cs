using Experiments.Testing;
using Experiments.Tracking.Model;
using Experiments.Tracking.Spool;

namespace Experiments.Tracking.Tests.Spool;

public sealed class SpoolJournalTests
{
    [Fact]
    public void Acknowledged_entries_stay_acknowledged_after_reopening()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("a" + SpoolJournal.Extension);
        using (var journal = SpoolJournal.Open(path))
        {
            journal.Append(new SpoolEntry(1, SpoolEntryKind.CreateRun, "local-1", "exp",
                new RunCreation("", "r", 1, "u", [])));
            journal.Append(new SpoolEntry(2, SpoolEntryKind.LogBatch, "local-1",
                Batch: LogBatch.OfMetrics([new MetricPoint("m", double.NaN, 5, 1)])));
            journal.Acknowledge(journal.Pending[0], "remote-9");
            journal.MarkUncertain(journal.Pending[0]);
        }

        using var reopened = SpoolJournal.Open(path);

        var pending = Assert.Single(reopened.Pending);
        Assert.Equal((2L, true), (pending.Sequence, pending.Uncertain));
        Assert.True(double.IsNaN(pending.Batch!.Metrics.Single().Value));
        Assert.Equal("remote-9", reopened.ResolveRun("local-1"));
    }

    [Fact]
    public void A_line_cut_short_by_a_crash_is_dropped_and_appending_continues_cleanly()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("b" + SpoolJournal.Extension);
        using (var journal = SpoolJournal.Open(path))
        {
            journal.Append(new SpoolEntry(1, SpoolEntryKind.UpdateRun, "run", Status: RunStatus.Finished, EndTime: 3));
        }

        File.AppendAllText(path, "{\"entry\":{\"sequence\":2,\"ki");
        using (var journal = SpoolJournal.Open(path))
        {
            journal.Append(new SpoolEntry(3, SpoolEntryKind.UpdateRun, "run", Status: RunStatus.Killed, EndTime: 4));
        }

        using var reopened = SpoolJournal.Open(path);
        Assert.Equal([1L, 3L], reopened.Pending.Select(entry => entry.Sequence));
    }
}
