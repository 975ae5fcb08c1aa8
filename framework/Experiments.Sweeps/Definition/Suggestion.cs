using Experiments.Configuration.Problems;

namespace Experiments.Sweeps.Definition;

/// <summary>The " (did you mean 'x'?)" part of a message about a misspelt name.</summary>
internal static class Suggestion
{
    public static string For(string name, IEnumerable<string> candidates) =>
        NearestName.Find(name, candidates) is { } nearest ? $" (did you mean '{nearest}'?)" : "";
}
