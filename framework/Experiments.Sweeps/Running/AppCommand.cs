using System.Reflection;

namespace Experiments.Sweeps.Running;

/// <summary>How to start this same app again in another process (for trials and Slurm tasks).</summary>
public static class AppCommand
{
    public static IReadOnlyList<string> Current()
    {
        var process = Environment.ProcessPath ?? throw new InvalidOperationException("The process path is unknown.");
        var entry = Assembly.GetEntryAssembly()?.Location;
        var viaHost = Path.GetFileNameWithoutExtension(process) == "dotnet" && !string.IsNullOrEmpty(entry);
        return viaHost ? [process, entry!] : [process];
    }
}
