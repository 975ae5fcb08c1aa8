using Experiments.Testing;
using Experiments.Tracking.FakeServer;
using Experiments.Tracking.Keys;
using Experiments.Tracking.Rest;
using Microsoft.Extensions.Logging;

namespace Experiments.Tracking.Tests.Rest;

/// <summary>REST stores pointed at a fake server, with retries fast enough for tests.</summary>
internal static class FakeServerClients
{
    public static MlflowRestStore StoreFor(FakeMlflowServer server, ILogger? logger = null, int maxAttempts = 3) =>
        new(new HttpClient { BaseAddress = server.Uri },
            new RetryPolicy(maxAttempts, TimeSpan.FromMilliseconds(5), TimeSpan.FromMilliseconds(50)),
            TimeSpan.FromSeconds(10), new SecretGuard(["s3cr3t-token"]),
            logger ?? new RecordingLogger<MlflowRestStore>());
}
