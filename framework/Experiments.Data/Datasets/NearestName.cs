namespace Experiments.Data.Datasets;

/// <summary>"Did you mean" suggestions for misspelt keys, by edit distance.</summary>
internal static class NearestName
{
    public static string Hint(string given, IEnumerable<string> valid)
    {
        var names = valid.ToList();
        var nearest = names.MinBy(name => Distance(given.ToLowerInvariant(), name));
        var close = nearest is not null && Distance(given.ToLowerInvariant(), nearest) <= Math.Max(2, given.Length / 3);
        var list = "valid keys: " + string.Join(", ", names);
        return close ? $"did you mean '{nearest}'? ({list})" : $"({list})";
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
