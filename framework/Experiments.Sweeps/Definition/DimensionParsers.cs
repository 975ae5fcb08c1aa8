using Experiments.Configuration.Documents;
using Experiments.Sweeps.Dimensions;
using Experiments.Sweeps.Plan;
using YamlDotNet.RepresentationModel;

namespace Experiments.Sweeps.Definition;

/// <summary>Reads each kind of sweep dimension from its YAML block.</summary>
internal static class DimensionParsers
{
    private static readonly string[] Distributions = ["uniform", "log-uniform", "choice"];

    /// <summary><c>trials: [{name: x, set: {key: value}}]</c>: one dimension of hand-written trials.</summary>
    public static IEnumerable<ISweepDimension> NamedTrials(YamlNode node, string path, YamlReading reading)
    {
        var list = reading.Sequence(node, path);
        var parts = new List<TrialPart>();
        var names = new HashSet<string>();
        foreach (var (item, index) in (list?.Children ?? []).Select((n, i) => (n, i)))
        {
            var itemPath = $"{path}[{index}]";
            var entry = reading.Mapping(item, itemPath);
            if (entry is null)
            {
                continue;
            }

            var name = Child(entry, "name") is { } nameNode ? reading.Text(nameNode, itemPath + ".name") : null;
            var settings = Child(entry, "set") is { } set ? Settings(set, itemPath + ".set", reading) : null;
            if (name is null || settings is null)
            {
                reading.Problem(entry, itemPath, "a trial needs 'name' and 'set' (a mapping of dotted keys to values)");
                continue;
            }

            if (!names.Add(name))
            {
                reading.Problem(entry, itemPath + ".name", $"trial name '{name}' is used twice");
            }

            parts.Add(new TrialPart(name, settings));
        }

        return parts.Count > 0 ? [new NamedTrialsDimension(parts)] : [];
    }

    /// <summary><c>grid: {key: [a, b], other: [c, d]}</c>: one dimension per key.</summary>
    public static IEnumerable<ISweepDimension> Grid(YamlNode node, string path, YamlReading reading)
    {
        foreach (var (key, values) in Columns(node, path, reading))
        {
            yield return new GridDimension(key, values);
        }
    }

    /// <summary><c>paired: {a: [1, 2], b: [x, y]}</c> or a list of such groups: lists zipped together.</summary>
    public static IEnumerable<ISweepDimension> Paired(YamlNode node, string path, YamlReading reading)
    {
        var groups = node is YamlSequenceNode sequence
            ? sequence.Children.Select((group, i) => (Node: group, Path: $"{path}[{i}]"))
            : [(node, path)];
        foreach (var (group, groupPath) in groups)
        {
            var columns = Columns(group, groupPath, reading);
            if (columns.Count == 0)
            {
                continue;
            }

            var lengths = columns.Select(c => c.Values.Count).Distinct().ToList();
            if (lengths.Count > 1)
            {
                reading.Problem(group, groupPath, "paired lists must have the same length, found " +
                    string.Join(", ", columns.Select(c => $"{c.Key}: {c.Values.Count}")));
                continue;
            }

            yield return new PairedDimension(columns.Select(c => c.Values).ToList());
        }
    }

    /// <summary><c>random: {count: n, seed: s, parameters: {key: {distribution: .., ..}}}</c>.</summary>
    public static IEnumerable<ISweepDimension> Random(YamlNode node, string path, YamlReading reading)
    {
        var block = reading.Mapping(node, path);
        if (block is null)
        {
            return [];
        }

        var count = Child(block, "count") is { } c ? reading.Integer(c, path + ".count", 1) : null;
        var seed = Child(block, "seed") is { } s ? reading.Integer(s, path + ".seed", 0) : 0;
        var parameters = Child(block, "parameters") is { } p ? reading.Mapping(p, path + ".parameters") : null;
        if (count is null || parameters is null)
        {
            reading.Problem(block, path, "a random sweep needs 'count' (trials) and 'parameters'");
            return [];
        }

        var settings = new List<(string, IDistribution, SourceLocation)>();
        foreach (var (keyNode, spec) in parameters.Children)
        {
            var key = YamlReading.KeyOf(keyNode);
            if (Distribution(spec, $"{path}.parameters.{key}", reading) is { } distribution)
            {
                settings.Add((key, distribution, reading.Where(spec)));
            }
        }

        return [new RandomDimension(count.Value, (ulong)(seed ?? 0), settings)];
    }

    /// <summary><c>folds: {count: k, seed: s}</c>: k-fold cross-validation.</summary>
    public static IEnumerable<ISweepDimension> Folds(YamlNode node, string path, YamlReading reading)
    {
        var block = reading.Mapping(node, path);
        var count = block is not null && Child(block, "count") is { } c ? reading.Integer(c, path + ".count", 2) : null;
        var seed = block is not null && Child(block, "seed") is { } s ? reading.Integer(s, path + ".seed", 0) : 0;
        if (block is null || count is null)
        {
            reading.Problem(node, path, "folds needs 'count' (at least 2) and optionally 'seed'");
            return [];
        }

        return [new FoldsDimension(count.Value, seed ?? 0, reading.Where(node))];
    }

    private static IDistribution? Distribution(YamlNode node, string path, YamlReading reading)
    {
        var spec = reading.Mapping(node, path);
        var kind = spec is not null && Child(spec, "distribution") is { } k
            ? reading.Text(k, path + ".distribution")
            : null;
        switch (kind)
        {
            case "uniform" or "log-uniform":
                var min = Child(spec!, "min") is { } lo ? reading.Number(lo, path + ".min") : null;
                var max = Child(spec!, "max") is { } hi ? reading.Number(hi, path + ".max") : null;
                return Range(kind, min, max, spec!, path, reading);
            case "choice":
                var values = Child(spec!, "values") is { } v ? reading.Sequence(v, path + ".values") : null;
                return values is null ? null : new ChoiceDistribution(values.Children.Select(YamlText.Of).ToList());
            default:
                reading.Problem(node, path + ".distribution",
                    $"unknown distribution '{kind}'{Suggestion.For(kind ?? "", Distributions)}; " +
                    $"expected one of: {string.Join(", ", Distributions)}");
                return null;
        }
    }

    private static IDistribution? Range(
        string kind, double? min, double? max, YamlNode spec, string path, YamlReading reading)
    {
        if (min is null || max is null || min >= max || (kind == "log-uniform" && min <= 0))
        {
            reading.Problem(spec, path, $"{kind} needs numbers min < max" + (kind == "log-uniform" ? ", min > 0" : ""));
            return null;
        }

        return kind == "uniform"
            ? new UniformDistribution(min.Value, max.Value)
            : new LogUniformDistribution(min.Value, max.Value);
    }

    private static List<(string Key, IReadOnlyList<SettingOverride> Values)> Columns(
        YamlNode node, string path, YamlReading reading)
    {
        var columns = new List<(string, IReadOnlyList<SettingOverride>)>();
        foreach (var (keyNode, value) in YamlReading.Entries(reading.Mapping(node, path)))
        {
            var key = YamlReading.KeyOf(keyNode);
            if (reading.Sequence(value, $"{path}.{key}") is { } list)
            {
                columns.Add((key, list.Children.Select(v => reading.Setting(key, v)).ToList()));
            }
        }

        return columns;
    }

    private static IReadOnlyList<SettingOverride>? Settings(YamlNode node, string path, YamlReading reading) =>
        reading.Mapping(node, path)?.Children
            .Select(p => reading.Setting(YamlReading.KeyOf(p.Key), p.Value))
            .ToList();

    private static YamlNode? Child(YamlMappingNode mapping, string key) =>
        mapping.Children.FirstOrDefault(p => YamlReading.KeyOf(p.Key) == key).Value;
}
