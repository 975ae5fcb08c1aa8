namespace Experiments.Tracking.Tests.FileStore;

/// <summary>The recorded MLflow file store (tests/.../Expected/mlruns), copied from filestore-example.md.</summary>
internal static class FileStoreFixture
{
    public const string RecordedRootUri = "file:///srv/mlflow/mlruns";

    public static string Root => Path.Combine(AppContext.BaseDirectory, "Expected", "mlruns");

    public static IReadOnlyList<string> FilesUnder(string root, string folder) =>
        Directory.GetFiles(Path.Combine(root, folder), "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
}
