namespace Experiments.Runner.Prediction;

/// <summary>
/// One scan to predict on: a DICOM series folder or a NIfTI file, and the name its outputs go
/// under (the folder's name, or the file's name without <c>.nii</c> / <c>.nii.gz</c>).
/// </summary>
public sealed record ScanInput(string Path, string Name)
{
    /// <summary>Names each path; a name that repeats gets <c>-2</c>, <c>-3</c>... so no outputs collide.</summary>
    public static IReadOnlyList<ScanInput> FromPaths(IEnumerable<string> paths)
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var inputs = new List<ScanInput>();
        foreach (var path in paths)
        {
            var stem = Stem(path);
            var name = stem;
            for (var n = 2; !taken.Add(name); n++)
            {
                name = $"{stem}-{n}";
            }

            inputs.Add(new ScanInput(path, name));
        }

        return inputs;
    }

    private static string Stem(string path)
    {
        var name = System.IO.Path.GetFileName(System.IO.Path.TrimEndingDirectorySeparator(path));
        foreach (var extension in new[] { ".nii.gz", ".nii" })
        {
            if (name.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                return name[..^extension.Length];
            }
        }

        return name.Length == 0 ? "scan" : name;
    }
}
