using System.Diagnostics;

namespace Experiments.Bench.Training;

/// <summary>
/// Wall time and process CPU time since the last lap. The machine is shared, so wall time carries
/// other processes' load; CPU time (libtorch on one thread) shows the work itself.
/// </summary>
internal sealed class StepClock
{
    private readonly Process _process = Process.GetCurrentProcess();
    private readonly Stopwatch _wall = Stopwatch.StartNew();
    private double _lastWall;
    private double _lastCpu;

    public List<double> WallMilliseconds { get; } = [];

    public List<double> CpuMilliseconds { get; } = [];

    public void Restart()
    {
        _process.Refresh();
        _lastWall = _wall.Elapsed.TotalMilliseconds;
        _lastCpu = _process.TotalProcessorTime.TotalMilliseconds;
    }

    public void Lap()
    {
        _process.Refresh();
        var wall = _wall.Elapsed.TotalMilliseconds;
        var cpu = _process.TotalProcessorTime.TotalMilliseconds;
        WallMilliseconds.Add(wall - _lastWall);
        CpuMilliseconds.Add(cpu - _lastCpu);
        _lastWall = wall;
        _lastCpu = cpu;
    }
}
