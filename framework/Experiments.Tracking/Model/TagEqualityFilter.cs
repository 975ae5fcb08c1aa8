using System.Text.RegularExpressions;

namespace Experiments.Tracking.Model;

/// <summary>
/// The one MLflow search filter this project needs: <c>tags.key = 'value'</c>, with the key in
/// backticks when it holds dots (<c>tags.`experiments.sync.source_run_id` = '...'</c>).
/// </summary>
public sealed partial record TagEqualityFilter(string Key, string Value)
{
    public override string ToString() => $"tags.`{Key}` = '{Value.Replace("'", "\\'", StringComparison.Ordinal)}'";

    public static TagEqualityFilter Parse(string filter)
    {
        var match = Pattern().Match(filter);
        if (!match.Success)
        {
            throw new NotSupportedException(
                $"Filter '{filter}' is not supported here; only tags.<key> = '<value>' is.");
        }

        var key = match.Groups["quoted"].Success ? match.Groups["quoted"].Value : match.Groups["plain"].Value;
        return new TagEqualityFilter(key, match.Groups["value"].Value.Replace("\\'", "'", StringComparison.Ordinal));
    }

    public bool Matches(IEnumerable<RunTag> tags) => tags.Any(tag => tag.Key == Key && tag.Value == Value);

    [GeneratedRegex(@"^\s*tags\.(?:`(?<quoted>[^`]+)`|(?<plain>[\w]+))\s*=\s*'(?<value>(?:[^'\\]|\\.)*)'\s*$")]
    private static partial Regex Pattern();
}
