using System.Text.Json;
using Experiments.Testing;

namespace Experiments.Imaging.Tests.Dicom;

/// <summary>
/// The reference values in shared/data/reference.json (computed with pydicom, dcmtk, gdcm and
/// dcm2niix), read at test time. A missing data folder fails the tests that use it.
/// </summary>
internal static class ReferenceData
{
    private static readonly Lazy<JsonElement> Root = new(() =>
        JsonDocument.Parse(System.IO.File.ReadAllText(RepositoryPaths.SharedFile("reference.json"))).RootElement);

    public static IEnumerable<JsonElement> DicomFiles => Root.Value.GetProperty("dicom_files").EnumerateArray();

    public static IEnumerable<JsonElement> DicomSeries => Root.Value.GetProperty("dicom_series").EnumerateArray();

    public static JsonElement File(string path) =>
        DicomFiles.Single(f => f.GetProperty("path").GetString() == path);

    public static JsonElement Series(string directory) =>
        DicomSeries.Single(s => s.GetProperty("directory").GetString() == directory);

    public static string FullPath(string relative) => RepositoryPaths.SharedFile(relative);

    public static TheoryData<string> Paths(Func<JsonElement, bool> where)
    {
        var data = new TheoryData<string>();
        foreach (var file in DicomFiles.Where(where))
        {
            data.Add(file.GetProperty("path").GetString()!);
        }

        return data;
    }

    public static double[] Doubles(this JsonElement element) =>
        [.. element.EnumerateArray().Select(e => e.GetDouble())];

    public static bool IsNull(this JsonElement element, string property) =>
        !element.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null;
}
