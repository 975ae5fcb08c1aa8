using System.Text.RegularExpressions;

namespace Experiments.Tracking.Keys;

/// <summary>
/// MLflow's rules for metric, parameter and tag names: letters, digits, <c>_ - . space /</c>, at most
/// 250 characters, and no name that would resolve to another path (<c>../x</c>, <c>a//b</c>, <c>a/</c>).
/// </summary>
public static partial class KeyRules
{
    /// <summary>Why <paramref name="key"/> would be refused, or null when it is acceptable.</summary>
    public static string? FindProblem(string key)
    {
        if (string.IsNullOrEmpty(key))
        {
            return "the name is empty";
        }

        if (key.Length > TrackingLimits.MaxKeyLength)
        {
            return $"the name has {key.Length} characters; at most {TrackingLimits.MaxKeyLength} are allowed";
        }

        if (!AllowedCharacters().IsMatch(key))
        {
            return "names may only contain letters, digits, underscores (_), dashes (-), periods (.), " +
                   "spaces ( ) and slashes (/)";
        }

        var normalised = NormalisePosixPath(key);
        var unique = normalised == key && normalised != "." && !normalised.StartsWith("..", StringComparison.Ordinal)
                     && !normalised.StartsWith('/');
        return unique
            ? null
            : $"the name would be stored as the path '{normalised}'; use a relative name without '.', '..' or '//'";
    }

    /// <summary>Python's <c>posixpath.normpath</c>, which MLflow compares each name against.</summary>
    private static string NormalisePosixPath(string path)
    {
        var leadingSlashes = path.Length - path.TrimStart('/').Length;
        var prefix = leadingSlashes == 2 ? "//" : leadingSlashes > 0 ? "/" : "";
        var parts = new List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part is "" or ".")
            {
                continue;
            }

            if (part == ".." && (prefix.Length > 0 || (parts.Count > 0 && parts[^1] != "..")))
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }

                continue;
            }

            parts.Add(part);
        }

        var joined = prefix + string.Join('/', parts);
        return joined.Length == 0 ? "." : joined;
    }

    [GeneratedRegex(@"^[/\w.\- ]+$")]
    private static partial Regex AllowedCharacters();
}
