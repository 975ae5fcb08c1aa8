using Experiments.Configuration.Documents;
using System.Globalization;
using Experiments.Sweeps.Plan;
using YamlDotNet.RepresentationModel;

namespace Experiments.Sweeps.Definition;

/// <summary>Reads typed values out of YAML nodes, recording every problem instead of stopping at the first.</summary>
internal sealed class YamlReading(string file)
{
    private readonly List<SweepProblem> _problems = [];

    public IReadOnlyList<SweepProblem> Problems => _problems;

    public SourceLocation Where(YamlNode node) => new(file, (int)node.Start.Line, (int)node.Start.Column);

    public void Problem(YamlNode node, string path, string message) =>
        _problems.Add(new SweepProblem(Where(node), path, message));

    public YamlMappingNode? Mapping(YamlNode node, string path)
    {
        if (node is YamlMappingNode mapping)
        {
            return mapping;
        }

        Problem(node, path, $"expected a mapping of keys to values, found {Describe(node)}");
        return null;
    }

    public YamlSequenceNode? Sequence(YamlNode node, string path)
    {
        if (node is YamlSequenceNode sequence && sequence.Children.Count > 0)
        {
            return sequence;
        }

        Problem(node, path, $"expected a non-empty list such as [a, b], found {Describe(node)}");
        return null;
    }

    public int? Integer(YamlNode node, string path, int minimum)
    {
        if (node is YamlScalarNode { Value: { } text } &&
            int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= minimum)
        {
            return value;
        }

        Problem(node, path, $"expected a whole number of at least {minimum}, found {Describe(node)}");
        return null;
    }

    public double? Number(YamlNode node, string path)
    {
        if (node is YamlScalarNode { Value: { } text } &&
            double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) &&
            double.IsFinite(value))
        {
            return value;
        }

        Problem(node, path, $"expected a number, found {Describe(node)}");
        return null;
    }

    public string? Text(YamlNode node, string path)
    {
        if (node is YamlScalarNode { Value: { Length: > 0 } text })
        {
            return text;
        }

        Problem(node, path, $"expected a text value, found {Describe(node)}");
        return null;
    }

    public SettingOverride Setting(string key, YamlNode value) => new(key, YamlText.Of(value), Where(value));

    public static IEnumerable<KeyValuePair<YamlNode, YamlNode>> Entries(YamlMappingNode? mapping) =>
        mapping?.Children ?? Enumerable.Empty<KeyValuePair<YamlNode, YamlNode>>();

    public static string KeyOf(YamlNode node) => node is YamlScalarNode { Value: { } text } ? text : node.ToString();

    private static string Describe(YamlNode node) => node switch
    {
        YamlScalarNode { Value: { Length: > 0 } text } => $"'{text}'",
        YamlScalarNode => "an empty value",
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        _ => "an unexpected node",
    };
}
