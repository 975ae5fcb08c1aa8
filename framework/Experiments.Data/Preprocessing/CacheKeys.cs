using System.Security.Cryptography;
using System.Text;

namespace Experiments.Data.Preprocessing;

/// <summary>
/// SHA-256 keys of preprocessed cases. Key 0 hashes the case's id and its input files' content;
/// key n hashes key n-1 with step n's name, version and settings, so a pipeline that differs
/// from an earlier one only from step n on finds steps 1 to n-1 in the cache.
/// </summary>
public static class CacheKeys
{
    public static string ForInputs(string caseId, IEnumerable<string> files)
    {
        var fileHashes = files.Select(HashFile).Order(StringComparer.Ordinal);
        return Hash("inputs/1\n" + caseId + "\n" + string.Join("\n", fileHashes));
    }

    /// <summary>
    /// A cheap stand-in for the input key while the files are untouched: the case id and each
    /// file's full path, length and last write time. It only looks up a remembered
    /// <see cref="ForInputs"/> key; it is never a cache key itself.
    /// </summary>
    public static string FileStamp(string caseId, IEnumerable<string> files)
    {
        var stamps = files.Select(path =>
        {
            var info = new FileInfo(path);
            return $"{info.FullName}|{info.Length}|{info.LastWriteTimeUtc.Ticks}";
        }).Order(StringComparer.Ordinal);
        return Hash("stamp/1\n" + caseId + "\n" + string.Join("\n", stamps));
    }

    public static string Next(string previous, PipelineStep step) =>
        Hash($"step/1\n{previous}\n{step.Name}\n{step.Version}\n{step.Settings}");

    private static string HashFile(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
