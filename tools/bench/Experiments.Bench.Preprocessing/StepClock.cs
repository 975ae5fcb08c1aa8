using System.Diagnostics;

namespace Experiments.Bench.Preprocessing;

/// <summary>
/// Wall-clock and CPU seconds (all threads of the process) of each step. On a shared machine the
/// CPU time is the steadier figure; wall-clock is what a user waits.
/// </summary>
internal sealed class StepClock
{
    private readonly Process _process = Process.GetCurrentProcess();
    private readonly Stopwatch _wall = Stopwatch.StartNew();
    private readonly TimeSpan _cpuStart;
    private TimeSpan _cpuLast;
    private TimeSpan _wallLast;

    public StepClock()
    {
        _cpuStart = _cpuLast = Cpu();
    }

    public Dictionary<string, double> Wall { get; } = [];

    public Dictionary<string, double> CpuSeconds { get; } = [];

    public void Lap(string name)
    {
        var wall = _wall.Elapsed;
        var cpu = Cpu();
        Wall[name] = (wall - _wallLast).TotalSeconds;
        CpuSeconds[name] = (cpu - _cpuLast).TotalSeconds;
        _wallLast = wall;
        _cpuLast = cpu;
    }

    public void Total()
    {
        Wall["total"] = _wallLast.TotalSeconds;
        CpuSeconds["total"] = (_cpuLast - _cpuStart).TotalSeconds;
    }

    private TimeSpan Cpu()
    {
        _process.Refresh();
        return _process.TotalProcessorTime;
    }
}
