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

    public static string Next(string previous, PipelineStep step) =>
        Hash($"step/1\n{previous}\n{step.Name}\n{step.Version}\n{step.Settings}");

    private static string HashFile(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
