using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;

namespace Experiments.Tracking.SystemMetrics;

/// <summary>Per-GPU utilisation and memory from <c>nvidia-smi</c> when it is on PATH; nothing otherwise.</summary>
public sealed class GpuUsageReader(ILogger logger)
{
    private readonly string? _executable = FindOnPath(OperatingSystem.IsWindows() ? "nvidia-smi.exe" : "nvidia-smi");

    public IEnumerable<(int Index, double Utilisation, double UsedMegabytes, double TotalMegabytes)> Read()
    {
        if (_executable is null)
        {
            return [];
        }

        var start = new ProcessStartInfo(_executable,
            "--query-gpu=index,utilization.gpu,memory.used,memory.total --format=csv,noheader,nounits")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(5000) || process.ExitCode != 0)
        {
            logger.LogDebug("nvidia-smi gave no GPU readings");
            return [];
        }

        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(',', StringSplitOptions.TrimEntries))
            .Where(parts => parts.Length == 4 && parts.Skip(1).All(part => double.TryParse(part,
                NumberStyles.Float, CultureInfo.InvariantCulture, out _)))
            .Select(parts => (int.Parse(parts[0], CultureInfo.InvariantCulture), Number(parts[1]), Number(parts[2]),
                Number(parts[3])))
            .ToList();
    }

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(folder => Path.Combine(folder, name))
        .FirstOrDefault(File.Exists);
}
