using Microsoft.Extensions.Logging;

namespace Experiments.Tracking.SystemMetrics;

/// <summary>
/// Samples CPU, memory and GPU use on a timer and reports them under <c>system/</c>, with the sample
/// number as the step, as MLflow's own system-metrics monitor does.
/// </summary>
public sealed class SystemMetricsSampler : IDisposable
{
    private readonly Timer _timer;
    private readonly Action<IReadOnlyDictionary<string, double>, long> _report;
    private readonly ILogger _logger;
    private readonly CpuUsageReader _cpu = new();
    private readonly GpuUsageReader _gpu;
    private long _sample;
    private int _busy;

    public SystemMetricsSampler(
        TimeSpan interval, Action<IReadOnlyDictionary<string, double>, long> report, ILogger logger)
    {
        _report = report;
        _logger = logger;
        _gpu = new GpuUsageReader(logger);
        _timer = new Timer(_ => Sample(), null, interval, interval);
    }

    public static IReadOnlyDictionary<string, double> Read(CpuUsageReader cpu, GpuUsageReader gpu)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        if (cpu.ReadPercentage() is { } cpuPercentage)
        {
            values["system/cpu_utilization_percentage"] = cpuPercentage;
        }

        if (MemoryUsageReader.Read() is { } memory)
        {
            values["system/system_memory_usage_megabytes"] = memory.UsedMegabytes;
            values["system/system_memory_usage_percentage"] = memory.UsedPercentage;
        }

        using var process = System.Diagnostics.Process.GetCurrentProcess();
        values["system/process_memory_usage_megabytes"] = process.WorkingSet64 / 1048576.0;
        foreach (var (index, utilisation, usedMegabytes, totalMegabytes) in gpu.Read())
        {
            values[$"system/gpu_{index}_utilization_percentage"] = utilisation;
            values[$"system/gpu_{index}_memory_usage_megabytes"] = usedMegabytes;
            values[$"system/gpu_{index}_memory_usage_percentage"] = 100.0 * usedMegabytes / totalMegabytes;
        }

        return values;
    }

    public void Dispose() => _timer.Dispose();

    private void Sample()
    {
        // A slow nvidia-smi must not stack samples up.
        if (Interlocked.Exchange(ref _busy, 1) == 1)
        {
            return;
        }

        try
        {
            _report(Read(_cpu, _gpu), _sample++);
        }
        catch (IOException error)
        {
            _logger.LogDebug(error, "System metrics could not be read");
        }
        finally
        {
            Volatile.Write(ref _busy, 0);
        }
    }
}
