using System.Text.Json;
using Experiments.Testing;

namespace Experiments.Imaging.Tests.Nifti;

/// <summary>The NIfTI entries of the shared <c>reference.json</c> (nibabel 5.0.0 values), read at test time.</summary>
internal static class NiftiReference
{
    private static readonly Lazy<JsonElement[]> Entries = new(Load);

    public static IReadOnlyList<JsonElement> All => Entries.Value;

    public static IEnumerable<string> Paths => All.Select(e => e.GetProperty("path").GetString()!);

    public static JsonElement For(string relativePath) =>
        All.Single(e => e.GetProperty("path").GetString() == relativePath);

    public static double[] Doubles(this JsonElement element, string name) =>
        element.GetProperty(name).EnumerateArray().Select(v => v.GetDouble()).ToArray();

    public static long[] Longs(this JsonElement element, string name) =>
        element.GetProperty(name).EnumerateArray().Select(v => v.GetInt64()).ToArray();

    public static double[,] Matrix(this JsonElement element, string name)
    {
        var rows = element.GetProperty(name).EnumerateArray().Select(r => r.EnumerateArray().ToArray()).ToArray();
        var matrix = new double[rows.Length, rows[0].Length];
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                matrix[r, c] = rows[r][c].GetDouble();
            }
        }

        return matrix;
    }

    private static JsonElement[] Load()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.SharedFile("reference.json")));
        return document.RootElement.GetProperty("nifti_files").EnumerateArray().Select(e => e.Clone()).ToArray();
    }
}
