namespace Experiments.Plugins.Discovery;

/// <summary>The plugin folders every host searches besides those an experiment names.</summary>
public static class PluginSources
{
    public const string EnvironmentVariable = "EXPERIMENTS_PLUGIN_PATH";

    /// <summary>
    /// The app's own <c>plugins</c> folder (built-in plugins; absent is fine) and the environment's folders.
    /// </summary>
    public static IReadOnlyList<PluginSource> Standard() => [AppFolder(), .. FromEnvironment()];

    public static PluginSource AppFolder() =>
        new(Path.Combine(AppContext.BaseDirectory, "plugins"), "the app's plugins folder", MayBeAbsent: true);

    /// <summary>
    /// The folders of <c>EXPERIMENTS_PLUGIN_PATH</c>, separated like PATH (':' on Linux, ';' on Windows).
    /// </summary>
    public static IReadOnlyList<PluginSource> FromEnvironment()
    {
        var value = Environment.GetEnvironmentVariable(EnvironmentVariable) ?? "";
        return value.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(folder => new PluginSource(Path.GetFullPath(folder), EnvironmentVariable))
            .ToList();
    }
}
