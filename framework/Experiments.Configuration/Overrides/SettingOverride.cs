using System.Text.RegularExpressions;
using Experiments.Configuration.Documents;
using Experiments.Configuration.Problems;

namespace Experiments.Configuration.Overrides;

/// <summary>
/// A <c>--set path=value</c> from the command line: a dotted path (list items by index, as
/// <c>preprocessing[3].max_hu</c> or <c>preprocessing.3.max_hu</c>) and a value read as YAML, so
/// <c>5</c>, <c>true</c>, <c>[20, 30]</c> and <c>{a: 1}</c> mean what they mean in a file.
/// </summary>
public sealed partial record SettingOverride(string Text, IReadOnlyList<string> Path, ConfigNode Value)
{
    /// <summary>The parsed override, or null when it is malformed (reported to <paramref name="problems"/>).</summary>
    public static SettingOverride? Parse(string text, ProblemCollector problems)
    {
        var source = SourceLocation.OverrideSourcePrefix + text;
        var equals = text.IndexOf('=');
        var path = equals > 0 ? SplitPath(text[..equals]) : null;
        if (path is null)
        {
            problems.Add(new ConfigProblem(
                new SourceLocation(source, 1, 1), "", "malformed override", $"'{text}'",
                "path=value with a dotted path, e.g. training.epochs=5 or preprocessing[3].max_hu=80"));
            return null;
        }

        // Padding with spaces makes the parsed value's column point into the whole path=value text.
        var padded = new string(' ', equals + 1) + text[(equals + 1)..];
        var value = YamlDocumentReader.Read(padded, source, problems)
            ?? new ConfigScalar("", false, new SourceLocation(source, 1, equals + 2));
        return new SettingOverride(text, path, value);
    }

    private static List<string>? SplitPath(string path) =>
        PathPattern().IsMatch(path) ? SegmentPattern().Matches(path).Select(match => match.Value).ToList() : null;

    [GeneratedRegex(@"^[\w-]+(\[\d+\]|\.[\w-]+)*$")]
    private static partial Regex PathPattern();

    [GeneratedRegex(@"[^.\[\]]+")]
    private static partial Regex SegmentPattern();
}
