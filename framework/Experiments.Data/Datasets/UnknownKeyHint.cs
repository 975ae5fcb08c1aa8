using Experiments.Configuration.Problems;

namespace Experiments.Data.Datasets;

/// <summary>The "did you mean" part of a dataset file's unknown-key message, with the valid keys listed.</summary>
internal static class UnknownKeyHint
{
    public static string For(string given, IEnumerable<string> valid)
    {
        var names = valid.ToList();
        var list = "valid keys: " + string.Join(", ", names);
        return NearestName.Find(given, names) is { } nearest ? $"did you mean '{nearest}'? ({list})" : $"({list})";
    }
}
