namespace Experiments.Tracking.FileStore;

/// <summary>Reads the one-file-per-key folders (metrics, params, tags), keys rebuilt from sub-folders.</summary>
internal static class KeyedFiles
{
    public static IEnumerable<(string Key, string Path)> Enumerate(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(path => !Path.GetFileName(path).StartsWith('.'))
            .Select(path => (Key: Path.GetRelativePath(folder, path).Replace(Path.DirectorySeparatorChar, '/'), path))
            .OrderBy(entry => entry.Key, StringComparer.Ordinal);
    }
}
