using System.Text;
using System.Text.RegularExpressions;

namespace Experiments.Tracking.FileStore;

/// <summary>
/// Writes and reads the scalars of MLflow's <c>meta.yaml</c> files as PyYAML's <c>safe_dump</c> does:
/// plain when that reads back as the same string, single-quoted when it would read as a number,
/// boolean, null or date (<c>'0'</c>, <c>''</c>), double-quoted when it holds line breaks.
/// </summary>
public static partial class YamlScalar
{
    public static string Write(string value)
    {
        if (value.Length == 0 || ResolvesToNonString().IsMatch(value))
        {
            return "'" + value + "'";
        }

        if (value.Any(character => character is '\n' or '\r' || char.IsControl(character)))
        {
            return DoubleQuoted(value);
        }

        return NeedsQuotes(value) ? "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'" : value;
    }

    public static string? Read(string text)
    {
        text = text.Trim();
        if (text.Length >= 2 && text[0] == '\'' && text[^1] == '\'')
        {
            return text[1..^1].Replace("''", "'", StringComparison.Ordinal);
        }

        if (text.Length >= 2 && text[0] == '"' && text[^1] == '"')
        {
            return Regex.Unescape(text[1..^1]);
        }

        return text is "null" or "~" or "" ? null : text;
    }

    private static bool NeedsQuotes(string value) =>
        value[0] == ' ' || value[^1] == ' '
        || "#,[]{}&*!|>'\"%@`".Contains(value[0])
        || (value[0] is '-' or '?' or ':' && (value.Length == 1 || value[1] == ' '))
        || value.StartsWith("---", StringComparison.Ordinal) || value.StartsWith("...", StringComparison.Ordinal)
        || value.Contains(": ", StringComparison.Ordinal) || value.Contains(" #", StringComparison.Ordinal)
        || value[^1] == ':';

    private static string DoubleQuoted(string value)
    {
        var builder = new StringBuilder("\"");
        foreach (var character in value)
        {
            builder.Append(character switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '"' => "\\\"",
                '\\' => "\\\\",
                _ when char.IsControl(character) => $"\\x{(int)character:X2}",
                _ => character.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    // PyYAML's implicit resolvers for bool, int, float, null, timestamp, merge and value.
    [GeneratedRegex(
        @"^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF" +
        @"|~|null|Null|NULL|<<|=" +
        @"|[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+" +
        @"|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+" +
        @"|[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9_]+(?:[eE][-+][0-9]+)?" +
        @"|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)" +
        @"|[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]" +
        @"|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9]" +
        @"(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$")]
    private static partial Regex ResolvesToNonString();
}
