using Experiments.Contracts.Events;
using Experiments.Testing;
using Experiments.Tracking.FakeServer;
using Experiments.Tracking.Keys;
using Experiments.Tracking.Rest;
using Experiments.Tracking.Tests.Rest;
using Experiments.Tracking.Tracker;

namespace Experiments.Tracking.Tests.Tracker;

/// <summary>A fake server, a REST store on it and trackers with short reconnect intervals.</summary>
internal sealed class TrackerHarness : IAsyncDisposable
{
    private TrackerHarness(FakeMlflowServer server, TemporaryFolder folder)
    {
        Server = server;
        Folder = folder;
        Store = FakeServerClients.StoreFor(server, maxAttempts: 2);
    }

    public FakeMlflowServer Server { get; }

    public TemporaryFolder Folder { get; }

    public MlflowRestStore Store { get; }

    public RecordingLogger<MlflowTracker> Logger { get; } = new();

    public string SpoolFolder => Path.Combine(Folder.Path, "spool");

    public static async Task<TrackerHarness> StartAsync() =>
        new(await FakeMlflowServer.StartAsync(), new TemporaryFolder());

    public MlflowTracker NewTracker(TimeSpan? systemMetrics = null) => new(Store, new TrackerOptions
    {
        ExperimentName = "tracker-tests",
        SpoolFolder = SpoolFolder,
        ReconnectInterval = TimeSpan.FromMilliseconds(30),
        SystemMetricsInterval = systemMetrics ?? TimeSpan.Zero,
        UserName = "tester",
        SourceName = "experiments.dll",
        Secrets = new SecretGuard(["s3cr3t-token"]),
    }, Logger);

    public static RunStarted Started(string? resume = null, string? parent = null) => new(
        "run-1",
        new Dictionary<string, string> { ["training.epochs"] = "2", ["optimizer.learning_rate"] = "0.001" },
        new Dictionary<string, string> { ["plugin.unet3d"] = "1.0.0" },
        resume,
        parent);

    public static StepCompleted Step(long step) =>
        new(step, 0, new Dictionary<string, double> { ["loss"] = 1.0 / (step + 1), ["lr"] = 0.001 })
        {
            Time = DateTimeOffset.FromUnixTimeMilliseconds(1_800_000_000_000 + step),
        };

    public static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The condition did not become true within 20 s.");
            }

            await Task.Delay(5);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        Folder.Dispose();
    }
}
