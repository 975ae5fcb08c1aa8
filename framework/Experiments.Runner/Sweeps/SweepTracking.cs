using Experiments.Configuration.Schema;
using Experiments.Runner.Tracking;
using Experiments.Sweeps.Tracking;
using Experiments.Tracking;
using Experiments.Tracking.Configuration;
using Microsoft.Extensions.Logging;

namespace Experiments.Runner.Sweeps;

/// <summary>The tracking store and ledger of a sweep, resolved from its trials' <c>tracking:</c> as runs are.</summary>
public static class SweepTracking
{
    public static async Task<(ITrackingStore Store, TrackingSweepLedger Ledger)> OpenAsync(
        ExperimentConfig config, ILoggerFactory loggers, CancellationToken cancellation)
    {
        var settings = ExperimentTrackingSettings.For(config);
        var target = TrackingTargetResolver.FromProcess().Resolve(settings);
        var store = TrackingStoreFactory.Open(target, settings, loggers);
        var experimentId = await ExperimentResolver.GetOrCreateAsync(store, settings.ExperimentName!, cancellation);
        return (store, new TrackingSweepLedger(store, experimentId, Environment.UserName));
    }
}
