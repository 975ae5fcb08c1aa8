using System.ComponentModel;
using System.Diagnostics;

namespace Experiments.Data.Tests.Synthetic;

/// <summary>Runs an installed command-line tool; a missing tool fails the test with what to install.</summary>
internal static class CommandLineTool
{
    public static (int ExitCode, string Output) Run(string tool, string installHint, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        try
        {
            using var process = Process.Start(start)!;
            var errors = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output + errors.Result);
        }
        catch (Win32Exception error)
        {
            throw new InvalidOperationException(
                $"'{tool}' is missing ({error.Message}). This test needs it: {installHint}. " +
                "CI must install it too.", error);
        }
    }
}
