namespace Experiments.Sweeps.Definition;

/// <summary>"Did you mean" suggestions by edit distance.</summary>
public static class NearestName
{
    /// <summary>The closest candidate within a third of the name's length, or null.</summary>
    public static string? Find(string name, IEnumerable<string> candidates)
    {
        var best = candidates
            .Select(c => (Candidate: c, Distance: Distance(name.ToLowerInvariant(), c.ToLowerInvariant())))
            .OrderBy(c => c.Distance)
            .FirstOrDefault();
        return best.Candidate is not null && best.Distance <= Math.Max(2, name.Length / 3) ? best.Candidate : null;
    }

    /// <summary>" (did you mean 'x'?)" or an empty string.</summary>
    public static string Suggest(string name, IEnumerable<string> candidates) =>
        Find(name, candidates) is { } nearest ? $" (did you mean '{nearest}'?)" : "";

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
