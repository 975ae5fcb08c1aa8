using Experiments.Configuration.Binding;
using Experiments.Configuration.Documents;
using Experiments.Configuration.Overrides;
using Experiments.Configuration.Problems;
using Experiments.Configuration.Schema;

namespace Experiments.Configuration;

/// <summary>
/// Reads an experiment: the file and the files it extends, then the <c>--set</c> overrides, then
/// binding to <see cref="ExperimentConfig"/>. Never stops at the first mistake: every problem
/// found goes into the result, and the (partial) configuration is returned with them so later
/// checks (component names and options) can still run in the same pass.
/// </summary>
public static class ExperimentLoader
{
    public static ExperimentLoadResult Load(string path, IEnumerable<string> overrides)
    {
        var problems = new ProblemCollector();
        var fullPath = Path.GetFullPath(path);
        var document = ExperimentDocumentLoader.Load(fullPath, problems);
        if (document is null)
        {
            // Unreadable YAML: binding an empty document would only add "missing key" noise.
            return new ExperimentLoadResult(fullPath, ConfigMapping.Empty(new SourceLocation(fullPath, 1, 1)), null,
                problems.Problems);
        }

        foreach (var text in overrides)
        {
            if (SettingOverride.Parse(text, problems) is { } setting)
            {
                document = OverrideApplier.Apply(document, setting, problems);
            }
        }

        var binder = new ConfigBinder(problems, Path.GetDirectoryName(fullPath)!);
        var config = binder.Bind<ExperimentConfig>(document, "");
        return new ExperimentLoadResult(fullPath, document, config, problems.Problems);
    }
}
