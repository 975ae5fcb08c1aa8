using Experiments.Configuration.Documents;

namespace Experiments.Configuration.Problems;

/// <summary>Gathers every problem of a validation pass so all of them are reported at once.</summary>
public sealed class ProblemCollector
{
    private readonly List<ConfigProblem> _problems = [];

    public IReadOnlyList<ConfigProblem> Problems => _problems;

    public int Count => _problems.Count;

    public void Add(ConfigProblem problem) => _problems.Add(problem);

    public void AddRange(IEnumerable<ConfigProblem> problems) => _problems.AddRange(problems);

    public void Add(ConfigNode node, string path, string message, string? expected = null, string? suggestion = null) =>
        _problems.Add(new ConfigProblem(node.Location, path, message, node.Describe(), expected, suggestion));

    /// <summary>An unknown key or name, with the nearest of <paramref name="validNames"/> as a suggestion.</summary>
    public void AddUnknownName(
        ConfigNode node, string path, string what, string name, IReadOnlyCollection<string> validNames)
    {
        var expected = validNames.Count == 0
            ? $"a known {what}, but none is available"
            : "one of: " + string.Join(", ", validNames);
        _problems.Add(new ConfigProblem(
            node.Location, path, $"unknown {what}", $"'{name}'", expected, NearestName.Find(name, validNames)));
    }

    /// <summary>Throws a <see cref="ConfigurationException"/> holding every problem, if there is any.</summary>
    public void ThrowIfAny()
    {
        if (_problems.Count > 0)
        {
            throw new ConfigurationException(_problems);
        }
    }
}
