using System.Diagnostics;
using Experiments.Contracts.Events;
using Experiments.Tracking.FakeServer;
using Experiments.Tracking.Keys;
using Experiments.Tracking.Rest;
using Experiments.Tracking.Tracker;
using Microsoft.Extensions.Logging.Abstractions;

// Measures what the MLflow tracker costs the training loop and how fast points reach a loopback server.
// Run in Release: dotnet run -c Release --project tools/bench/Experiments.Bench.Tracking
const int EnqueueSamples = 200_000;
const int ThroughputPoints = 100_000;

await using var server = await FakeMlflowServer.StartAsync();
var spool = Path.Combine(Path.GetTempPath(), "bench-spool-" + Guid.NewGuid().ToString("N"));

var enqueue = await MeasureEnqueueAsync();
Console.WriteLine($"Enqueue one metric (StepCompleted, 1 value), {EnqueueSamples:N0} calls:");
Console.WriteLine($"  median {enqueue.Median:F3} us, p99 {enqueue.P99:F3} us, p99.9 {enqueue.P999:F3} us, " +
                  $"max {enqueue.Max:F1} us (GC pauses and descheduling of the calling thread included)");

var (elapsed, cpu, stored) = await MeasureThroughputAsync();
Console.WriteLine($"{ThroughputPoints:N0} metric points from Observe to stored on the loopback server:");
Console.WriteLine($"  {elapsed.TotalSeconds:F2} s ({ThroughputPoints / elapsed.TotalSeconds:N0} points/s), " +
                  $"{stored:N0} stored, {server.State.LogBatchCalls} log-batch requests");
Console.WriteLine($"  CPU time of tracker + client + server together: {cpu.TotalSeconds:F2} s " +
                  $"(load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]} " +
                  $"on {Environment.ProcessorCount} cores)");
return enqueue.Median < 5 && elapsed.TotalSeconds < 5 && stored == ThroughputPoints ? 0 : 1;

async Task<(double Median, double P99, double P999, double Max)> MeasureEnqueueAsync()
{
    await using var tracker = NewTracker();
    tracker.Observe(Start("bench-enqueue"));
    var metrics = new Dictionary<string, double> { ["loss"] = 0.5 };
    for (var warmup = 0; warmup < 20_000; warmup++)
    {
        tracker.Observe(new StepCompleted(warmup, 0, metrics));
    }

    await tracker.FlushAsync();
    var samples = new double[EnqueueSamples];
    for (var index = 0; index < EnqueueSamples; index++)
    {
        var step = new StepCompleted(index, 0, metrics);
        var start = Stopwatch.GetTimestamp();
        tracker.Observe(step);
        samples[index] = (Stopwatch.GetTimestamp() - start) * 1e6 / Stopwatch.Frequency;
    }

    await tracker.FlushAsync();
    Array.Sort(samples);
    return (samples[samples.Length / 2], samples[(int)(samples.Length * 0.99)], samples[(int)(samples.Length * 0.999)],
        samples[^1]);
}

async Task<(TimeSpan Elapsed, TimeSpan Cpu, int Stored)> MeasureThroughputAsync()
{
    await using var tracker = NewTracker();
    tracker.Observe(Start("bench-throughput"));
    await tracker.FlushAsync();
    var runId = tracker.RunId!;
    var before = server.State.MetricsOf(runId).Count;
    var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    for (var step = 0; step < ThroughputPoints / 5; step++)
    {
        tracker.Observe(new StepCompleted(step, 0, new Dictionary<string, double>
        {
            ["loss"] = 1.0 / (step + 1), ["loss/segmentation"] = 0.5, ["loss/expansion"] = 0.25,
            ["weight/segmentation"] = 1, ["lr"] = 1e-4,
        }));
    }

    await tracker.FlushAsync();
    clock.Stop();
    var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
    return (clock.Elapsed, cpu, server.State.MetricsOf(runId).Count - before);
}

static RunStarted Start(string name) => new(name, new Dictionary<string, string>(), new Dictionary<string, string>());

MlflowTracker NewTracker() => new(
    new MlflowRestStore(new HttpClient { BaseAddress = server.Uri },
        new RetryPolicy(3, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(2)), TimeSpan.FromSeconds(30),
        SecretGuard.None, NullLogger.Instance),
    new TrackerOptions
    {
        ExperimentName = "bench",
        SpoolFolder = spool,
        SystemMetricsInterval = TimeSpan.Zero,
    },
    NullLogger<MlflowTracker>.Instance);
