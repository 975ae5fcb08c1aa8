using Experiments.Testing;

namespace Experiments.Data.Tests.Datasets;

/// <summary>A temporary folder with placeholder image and mask files for dataset-file tests.</summary>
internal sealed class DatasetFolder : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public string Root => _folder.Path;

    /// <summary>Creates an empty file (the loader checks existence, not content) and returns its full path.</summary>
    public string Touch(string relativePath)
    {
        var path = System.IO.Path.Combine(Root, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, []);
        return path;
    }

    public string WriteDataset(string relativePath, string json)
    {
        var path = Touch(relativePath);
        File.WriteAllText(path, json);
        return path;
    }

    public void Dispose() => _folder.Dispose();
}
