using System.Diagnostics;

namespace Experiments.EndToEnd.Tests;

/// <summary>Runs a command with extra environment variables; returns its exit code, output and errors.</summary>
internal static class ChildProcess
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(
        string command, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(command)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(Limit);
        await process.WaitForExitAsync(limit.Token);
        return (process.ExitCode, await output, await errors);
    }
}
