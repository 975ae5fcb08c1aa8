using System.Diagnostics;
using Experiments.Testing;

namespace Experiments.EndToEnd.Tests;

/// <summary>The built <c>experiments</c> app, run in its own process the way a user runs it.</summary>
internal static class ExperimentsApp
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(8);

    /// <summary>The app built in the same configuration as these tests (Debug or Release).</summary>
    public static string Dll
    {
        get
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
            var path = Path.Combine(RepositoryPaths.Root, "framework", "Experiments.Cli", "bin", configuration,
                "net10.0", "experiments.dll");
            return File.Exists(path)
                ? path
                : throw new FileNotFoundException($"The experiments app is not built at {path}.", path);
        }
    }

    public static Process Start(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var variable in new[] { "MLFLOW_TRACKING_URI", "MLFLOW_EXPERIMENT_NAME", "EXPERIMENTS_PLUGIN_PATH" })
        {
            start.Environment.Remove(variable);
        }

        start.Environment["NO_COLOR"] = "1";
        return Process.Start(start)!;
    }

    /// <summary>Runs the app to its end and returns its exit code and everything it printed.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string workingDirectory, params string[] arguments)
    {
        using var process = Start(workingDirectory, arguments);
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(Limit);
        await process.WaitForExitAsync(limit.Token);
        return (process.ExitCode, await output + await errors);
    }
}
