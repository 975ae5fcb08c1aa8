using System.Text.RegularExpressions;

namespace Experiments.Tracking.Keys;

/// <summary>
/// Keeps credentials out of params, tags and artifacts: a key that names a secret (password, token,
/// api key, ...) has its value redacted, and so does any value equal to a known secret.
/// </summary>
public sealed partial class SecretGuard
{
    public const string RedactedValue = "[redacted]";

    private readonly string[] _knownSecrets;

    public SecretGuard(IEnumerable<string> knownSecrets)
    {
        _knownSecrets = knownSecrets.Where(secret => secret.Length >= 4).Distinct().ToArray();
    }

    public static SecretGuard None { get; } = new([]);

    public IReadOnlyList<string> KnownSecrets => _knownSecrets;

    public static bool KeyLooksSecret(string key) => SecretKey().IsMatch(key);

    /// <summary>True when the value must not be stored under this key.</summary>
    public bool MustRedact(string key, string value) =>
        KeyLooksSecret(key) || _knownSecrets.Any(secret => value.Contains(secret, StringComparison.Ordinal));

    /// <summary>True when a file's bytes contain one of the known secrets.</summary>
    public bool FileContainsSecret(string path)
    {
        if (_knownSecrets.Length == 0)
        {
            return false;
        }

        var bytes = File.ReadAllBytes(path);
        return _knownSecrets.Any(secret => bytes.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(secret)) >= 0);
    }

    [GeneratedRegex(
        @"(^|[._/\- ])(password|passwd|pwd|secret|token|api[_\-]?key|access[_\-]?key|private[_\-]?key|credentials?)" +
        @"($|[._/\- ])",
        RegexOptions.IgnoreCase)]
    private static partial Regex SecretKey();
}
