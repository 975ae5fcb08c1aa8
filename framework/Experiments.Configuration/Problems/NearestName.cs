namespace Experiments.Configuration.Problems;

/// <summary>"Did you mean": the valid name closest to a misspelt one by edit distance.</summary>
public static class NearestName
{
    /// <summary>
    /// The closest candidate, or null when even the closest needs more edits than a third of the
    /// name's length (at least 2): suggesting <c>seed</c> for <c>model_depth</c> helps nobody.
    /// </summary>
    public static string? Find(string name, IEnumerable<string> candidates)
    {
        var limit = Math.Max(2, name.Length / 3);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(name.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return bestDistance <= limit ? best : null;
    }

    /// <summary>Levenshtein distance: insertions, deletions and substitutions each cost 1.</summary>
    public static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
