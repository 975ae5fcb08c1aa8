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

        var problemsBefore = problems.Count;
        var document = YamlDocumentReader.Read(File.ReadAllText(path), path, problems);
        if (document is not ConfigMapping mapping)
        {
            if (problems.Count == problemsBefore)
            {
                var found = document ?? new ConfigScalar("", false, new SourceLocation(path, 1, 1));
                problems.Add(
                    found, "", "an experiment file must be a mapping of keys", "keys such as name, data, model");
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
            problems.Add(
                reference, ExtendsKey, $"files extend each other in a cycle ({cycle})",
                "a base that does not extend back");
            return own;
        }

        var baseDocument = Load(basePath, chain, problems, extends);
        return baseDocument is null ? own : (ConfigMapping)NodeMerger.Merge(baseDocument, own);
    }

    private static void ReportMissing(string path, ProblemCollector problems, ConfigEntry? extendedFrom)
    {
        var location = extendedFrom?.Value.Location ?? new SourceLocation(path, 1, 1);
        var message = extendedFrom is null ? "the experiment file does not exist" : "the base file does not exist";
        problems.Add(new ConfigProblem(
            location, extendedFrom is null ? "" : ExtendsKey, message, $"'{path}'", "an existing YAML file"));
    }
}
