using System.Diagnostics;

namespace Experiments.Imaging.Tests.Dicom;

/// <summary>Runs a command-line tool the cross-check tests need; a missing tool fails the test.</summary>
internal static class ExternalTool
{
    public sealed record Result(int ExitCode, string StandardOutput, string StandardError);

    public static Result Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start)
                ?? throw new InvalidOperationException($"'{tool}' did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException(
                $"'{tool}' is not installed or not on PATH ({e.Message}); the cross-check tests need it " +
                "(Debian: apt-get install -y dcmtk dcm2niix python3-nibabel).", e);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            return new Result(process.ExitCode, output.Result, error.Result);
        }
    }
}
