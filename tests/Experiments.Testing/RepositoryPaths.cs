namespace Experiments.Testing;

/// <summary>Locates the repository and the shared real-data folder beside it.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The folder holding Experiments.sln.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>
    /// <c>../shared/data</c> relative to the repository root. Tests that need it fail, never skip,
    /// when it is missing: a green run without the real files would prove nothing.
    /// </summary>
    public static string SharedData
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(Root, "..", "shared", "data"));
            if (!Directory.Exists(path))
            {
                throw new DirectoryNotFoundException(
                    $"The shared test data folder '{path}' is missing. Tests that read real DICOM and NIfTI files " +
                    "expect it beside the repository (../shared/data relative to the root).");
            }

            return path;
        }
    }

    /// <summary>A path inside the shared data folder that must exist.</summary>
    public static string SharedFile(string relativePath)
    {
        var path = Path.Combine(SharedData, relativePath);
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            throw new FileNotFoundException($"Shared test file '{relativePath}' is missing from {SharedData}.", path);
        }

        return path;
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Experiments.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException(
            $"No Experiments.sln found above {AppContext.BaseDirectory}; tests must run from the repository.");
    }
}
