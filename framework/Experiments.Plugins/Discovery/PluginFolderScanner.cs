namespace Experiments.Plugins.Discovery;

/// <summary>
/// Finds plugins' main assemblies. A plugin is a folder <c>Name/</c> holding <c>Name.dll</c> (its
/// build output); a searched folder is either such a plugin itself or holds plugin folders.
/// </summary>
public static class PluginFolderScanner
{
    public static IReadOnlyList<string> MainAssemblies(string folder)
    {
        if (MainAssemblyOf(folder) is { } single)
        {
            return [single];
        }

        return Directory.EnumerateDirectories(folder)
            .Order(StringComparer.Ordinal)
            .Select(MainAssemblyOf)
            .OfType<string>()
            .ToList();
    }

    private static string? MainAssemblyOf(string folder)
    {
        var candidate = Path.Combine(folder, Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)) + ".dll");
        return File.Exists(candidate) ? Path.GetFullPath(candidate) : null;
    }
}
