using Experiments.Configuration.Problems;

namespace Experiments.Configuration.Documents;

/// <summary>
/// Loads an experiment file and, through <c>extends: base.yaml</c> (relative to the extending
/// file), the chain of files it builds on, merged into one document whose values keep the file and
/// line they came from.
/// </summary>
public static class ExperimentDocumentLoader
{
    public const string ExtendsKey = "extends";

    public static ConfigMapping? Load(string path, ProblemCollector problems) =>
        Load(Path.GetFullPath(path), [], problems, extendedFrom: null);

    private static ConfigMapping? Load(
        string path, List<string> chain, ProblemCollector problems, ConfigEntry? extendedFrom)
    {
        if (!File.Exists(path))
        {
            ReportMissing(path, problems, extendedFrom);
            return null;
        }

        var document = YamlDocumentReader.Read(File.ReadAllText(path), path, problems);
        if (document is not ConfigMapping mapping)
        {
            if (document is not null)
            {
                problems.Add(document, "", "an experiment file must be a mapping of keys", "keys such as name, data, model");
            }

            return null;
        }

        chain.Add(path);
        var result = ApplyBase(mapping, chain, problems);
        chain.RemoveAt(chain.Count - 1);
        return result;
    }

    private static ConfigMapping? ApplyBase(ConfigMapping mapping, List<string> chain, ProblemCollector problems)
    {
        var extends = mapping.Find(ExtendsKey);
        if (extends is null)
        {
            return mapping;
        }

        var own = mapping.Without(ExtendsKey);
        if (extends.Value is not ConfigScalar { IsNull: false } reference)
        {
            problems.Add(extends.Value, ExtendsKey, "invalid base file", "a relative path such as base.yaml");
            return own;
        }

        var basePath = Path.GetFullPath(Path.Combine(reference.Location.BaseDirectory, reference.Value));
        if (chain.Contains(basePath))
        {
            var cycle = string.Join(" -> ", chain.Append(basePath).Select(Path.GetFileName));
            problems.Add(reference, ExtendsKey, $"files extend each other in a cycle ({cycle})", "a base that does not extend back");
            return own;
        }

        var baseDocument = Load(basePath, chain, problems, extends);
        return baseDocument is null ? own : (ConfigMapping)NodeMerger.Merge(baseDocument, own);
    }

    private static void ReportMissing(string path, ProblemCollector problems, ConfigEntry? extendedFrom)
    {
        if (extendedFrom is null)
        {
            throw new FileNotFoundException($"The experiment file '{path}' does not exist.", path);
        }

        problems.Add(new ConfigProblem(
            extendedFrom.Value.Location, ExtendsKey, "the base file does not exist", $"'{path}'", "an existing YAML file"));
    }
}
