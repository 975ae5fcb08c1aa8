using Experiments.Tracking.Configuration;
using Experiments.Tracking.FileStore;
using Experiments.Tracking.Keys;
using Experiments.Tracking.Rest;
using Microsoft.Extensions.Logging;

namespace Experiments.Tracking;

/// <summary>Opens the store a resolved <see cref="TrackingTarget"/> points at.</summary>
public static class TrackingStoreFactory
{
    public static ITrackingStore Open(TrackingTarget target, TrackingSettings settings, ILoggerFactory loggers)
    {
        var secrets = SecretsOf(target);
        if (target.Kind == TrackingTargetKind.FileStore)
        {
            return new FileTrackingStore(target.FileStorePath!, logger: loggers.CreateLogger<FileTrackingStore>(),
                secrets: secrets);
        }

        var retry = new RetryPolicy(settings.MaxAttempts, settings.RetryBaseDelay, TimeSpan.FromSeconds(30));
        return new MlflowRestStore(TrackingHttpClientFactory.Create(target), retry, settings.RequestTimeout, secrets,
            loggers.CreateLogger<MlflowRestStore>());
    }

    public static SecretGuard SecretsOf(TrackingTarget target) =>
        new(target.Credentials is { } credentials ? [credentials.Secret] : []);
}
