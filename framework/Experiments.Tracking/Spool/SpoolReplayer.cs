using Microsoft.Extensions.Logging;

namespace Experiments.Tracking.Spool;

/// <summary>
/// Sends a journal's pending calls in order, acknowledging each as the server accepts it. Stops at the
/// first call the server cannot be reached for; a call the server refuses is logged and dropped, since
/// repeating it would be refused again.
/// </summary>
public sealed class SpoolReplayer(ITrackingStore store, ILogger logger)
{
    /// <summary>True when nothing is left pending.</summary>
    public async Task<bool> ReplayAsync(SpoolJournal journal, CancellationToken cancellation)
    {
        foreach (var entry in journal.Pending.ToList())
        {
            try
            {
                var created = await EntryExecutor.ExecuteAsync(store, entry, journal.ResolveRun(entry.RunRef),
                    cancellation);
                journal.Acknowledge(entry, created);
            }
            catch (TrackingUnavailableException error)
            {
                if (error.MayHaveBeenApplied)
                {
                    journal.MarkUncertain(entry);
                }

                logger.LogDebug("Replay of {Journal} paused: {Reason}", journal.JournalPath, error.Message);
                return false;
            }
            catch (TrackingException error)
            {
                logger.LogError("MLflow refused spooled call {Sequence} ({Kind}) and it is dropped: {Reason}",
                    entry.Sequence, entry.Kind, error.Message);
                journal.Acknowledge(entry, null);
            }
        }

        return true;
    }
}
