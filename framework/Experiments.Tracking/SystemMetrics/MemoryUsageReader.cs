using System.Globalization;

namespace Experiments.Tracking.SystemMetrics;

/// <summary>Used system memory from Linux's <c>/proc/meminfo</c> (total minus available); null elsewhere.</summary>
public static class MemoryUsageReader
{
    public static (double UsedMegabytes, double UsedPercentage)? Read(string memInfoFile = "/proc/meminfo")
    {
        if (!File.Exists(memInfoFile))
        {
            return null;
        }

        var kilobytes = File.ReadLines(memInfoFile)
            .Select(line => line.Split(':', 2))
            .Where(parts => parts.Length == 2)
            .ToDictionary(parts => parts[0], parts => long.Parse(
                parts[1].Replace("kB", "", StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture));
        if (!kilobytes.TryGetValue("MemTotal", out var total) || !kilobytes.TryGetValue("MemAvailable", out var free))
        {
            return null;
        }

        return ((total - free) / 1024.0, 100.0 * (total - free) / total);
    }
}
