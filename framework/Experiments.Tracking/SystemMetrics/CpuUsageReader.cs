using System.Globalization;

namespace Experiments.Tracking.SystemMetrics;

/// <summary>Whole-machine CPU use between two readings of Linux's <c>/proc/stat</c>; null elsewhere.</summary>
public sealed class CpuUsageReader(string statFile = "/proc/stat")
{
    private (long Busy, long Total)? _previous;

    public double? ReadPercentage()
    {
        if (!File.Exists(statFile))
        {
            return null;
        }

        var fields = File.ReadLines(statFile).First().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Skip(1).Select(field => long.Parse(field, CultureInfo.InvariantCulture)).ToArray();
        var idle = fields[3] + (fields.Length > 4 ? fields[4] : 0);
        var total = fields.Take(Math.Min(fields.Length, 8)).Sum();
        var current = (Busy: total - idle, Total: total);
        var previous = _previous;
        _previous = current;
        if (previous is not { } before || current.Total == before.Total)
        {
            return null;
        }

        return 100.0 * (current.Busy - before.Busy) / (current.Total - before.Total);
    }
}
