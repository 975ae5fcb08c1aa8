using Experiments.Testing;

namespace Experiments.EndToEnd.Tests;

/// <summary>
/// samples/RandomFlipPlugin built the way its README says, outside the solution, into a plugin
/// folder of its own (<c>plugins/RandomFlipPlugin/RandomFlipPlugin.dll</c> in a temporary folder).
/// </summary>
public sealed class BuiltSamplePlugin : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public BuiltSamplePlugin()
    {
        PluginsFolder = Path.Combine(_folder.Path, "plugins");
        var project = Path.Combine(RepositoryPaths.Root, "samples", "RandomFlipPlugin");
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;

        // The framework's projects it references are built with these tests (same configuration).
        // Without build servers no process outlives the build and holds its output open.
        string[] arguments =
        [
            "build", project, "-o", Path.Combine(PluginsFolder, "RandomFlipPlugin"), "-c", configuration,
            "--no-dependencies", "-nodeReuse:false", "-p:UseSharedCompilation=false",
        ];
        var (exitCode, output, errors) = ChildProcess.RunAsync("dotnet", arguments, new Dictionary<string, string>())
            .GetAwaiter().GetResult();
        if (exitCode != 0)
        {
            _folder.Dispose();
            throw new InvalidOperationException($"dotnet build of {project} failed ({exitCode}):\n{output}{errors}");
        }
    }

    /// <summary>Holds the plugin's folder; what <c>plugins:</c> or EXPERIMENTS_PLUGIN_PATH names.</summary>
    public string PluginsFolder { get; }

    public string File(string name) => _folder.File(name);

    public void Dispose() => _folder.Dispose();
}
