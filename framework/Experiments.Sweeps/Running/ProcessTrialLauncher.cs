using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Experiments.Sweeps.Running;

/// <summary>
/// Starts each trial as its own <c>experiments run</c> process, its output appended to
/// <c>trial.log</c> in the trial's folder. On cancellation the trial is sent SIGTERM so it can save
/// a checkpoint and mark its run killed, as Ctrl+C would.
/// </summary>
public sealed class ProcessTrialLauncher(IReadOnlyList<string> appCommand, string experimentFile) : ITrialLauncher
{
    private const int SignalTerminate = 15;

    public async Task<int> RunAsync(TrialLaunch launch, CancellationToken cancellation)
    {
        var start = new ProcessStartInfo(appCommand[0])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in appCommand.Skip(1).Concat(TrialCommandLine.For(launch, experimentFile)))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NO_COLOR"] = "1";
        await using var log = new StreamWriter(Path.Combine(launch.WorkFolder, "trial.log"), append: true);
        using var process = Process.Start(start)
                            ?? throw new InvalidOperationException($"Could not start {appCommand[0]}.");
        var output = Pump(process.StandardOutput, log);
        var errors = Pump(process.StandardError, log);
        await using (cancellation.Register(() => Interrupt(process)))
        {
            await process.WaitForExitAsync(CancellationToken.None);
        }

        await Task.WhenAll(output, errors);
        return process.ExitCode;
    }

    private static async Task Pump(StreamReader reader, StreamWriter log)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            lock (log)
            {
                log.WriteLine(line);
            }
        }
    }

    private static void Interrupt(Process process)
    {
        if (!process.HasExited && OperatingSystem.IsLinux())
        {
            _ = Kill(process.Id, SignalTerminate);
        }
        else if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
