using Experiments.Configuration.Documents;
using Experiments.Sweeps.Dimensions;
using Experiments.Sweeps.Slurm;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Experiments.Sweeps.Definition;

/// <summary>
/// Parses the <c>sweep:</c> block of an experiment file. Dimensions are taken in the order they
/// are written; the plan is their product. Every problem is reported at once, with its line.
/// </summary>
public static class SweepParser
{
    private static readonly string[] Keys =
        ["name", "max_trials", "trials", "grid", "paired", "random", "folds", "slurm"];

    /// <summary>The file's sweep, or null when it has no <c>sweep:</c> block.</summary>
    public static SweepDefinition? ParseFile(string file)
    {
        var root = LoadRoot(file);
        var sweep = root?.Children.FirstOrDefault(p => YamlReading.KeyOf(p.Key) == "sweep").Value;
        var fallbackName = Path.GetFileNameWithoutExtension(file);
        return sweep is null ? null : Parse(sweep, file, fallbackName);
    }

    public static SweepDefinition Parse(YamlNode sweep, string file, string fallbackName)
    {
        var reading = new YamlReading(file);
        var name = fallbackName;
        var maxTrials = SweepDefinition.DefaultMaxTrials;
        var dimensions = new List<ISweepDimension>();
        var slurm = new SlurmSettings();
        var block = reading.Mapping(sweep, "sweep");
        foreach (var (keyNode, value) in YamlReading.Entries(block))
        {
            var key = YamlReading.KeyOf(keyNode);
            var path = "sweep." + key;
            switch (key)
            {
                case "name":
                    name = reading.Text(value, path) ?? name;
                    break;
                case "max_trials":
                    maxTrials = reading.Integer(value, path, 1) ?? maxTrials;
                    break;
                case "slurm":
                    slurm = SlurmSettingsParser.Parse(value, path, reading);
                    break;
                default:
                    AddDimensions(key, value, path, reading, dimensions, keyNode);
                    break;
            }
        }

        if (block is not null && dimensions.Count == 0)
        {
            reading.Problem(block, "sweep", "has no dimension; add one of: trials, grid, paired, random, folds");
        }

        if (reading.Problems.Count > 0)
        {
            throw new SweepDefinitionException(reading.Problems);
        }

        return new SweepDefinition(name, maxTrials, dimensions, slurm);
    }

    private static void AddDimensions(
        string key,
        YamlNode value,
        string path,
        YamlReading reading,
        List<ISweepDimension> dimensions,
        YamlNode keyNode)
    {
        switch (key)
        {
            case "trials":
                dimensions.AddRange(DimensionParsers.NamedTrials(value, path, reading));
                break;
            case "grid":
                dimensions.AddRange(DimensionParsers.Grid(value, path, reading));
                break;
            case "paired":
                dimensions.AddRange(DimensionParsers.Paired(value, path, reading));
                break;
            case "random":
                dimensions.AddRange(DimensionParsers.Random(value, path, reading));
                break;
            case "folds":
                dimensions.AddRange(DimensionParsers.Folds(value, path, reading));
                break;
            default:
                reading.Problem(keyNode, path, $"unknown sweep key '{key}'{Suggestion.For(key, Keys)}; " +
                                               $"expected one of: {string.Join(", ", Keys)}");
                break;
        }
    }

    private static YamlMappingNode? LoadRoot(string file)
    {
        var stream = new YamlStream();
        try
        {
            using var reader = File.OpenText(file);
            stream.Load(reader);
        }
        catch (YamlException e)
        {
            var location = new SourceLocation(file, (int)e.Start.Line, (int)e.Start.Column);
            throw new SweepDefinitionException([new SweepProblem(location, "", "is not valid YAML: " + e.Message)]);
        }

        return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode as YamlMappingNode;
    }
}
