using System.Globalization;
using Experiments.Configuration.Documents;
using Experiments.Configuration.Problems;

namespace Experiments.Configuration.Overrides;

/// <summary>Writes <c>--set</c> overrides into a document, creating the mappings a path needs.</summary>
public static class OverrideApplier
{
    public static ConfigMapping Apply(ConfigMapping root, SettingOverride setting, ProblemCollector problems) =>
        Set(root, setting, 0, "", problems) as ConfigMapping ?? root;

    private static ConfigNode? Set(
        ConfigNode node, SettingOverride setting, int depth, string path, ProblemCollector problems)
    {
        var segment = setting.Path[depth];
        return node switch
        {
            ConfigMapping mapping => SetInMapping(mapping, setting, depth, Child(path, segment), problems),
            ConfigSequence sequence => SetInSequence(sequence, setting, depth, path, problems),
            _ => Refuse(setting, path, $"'{path}' holds a single value, so it has no '{segment}' inside", problems),
        };
    }

    private static ConfigNode? SetInMapping(
        ConfigMapping mapping, SettingOverride setting, int depth, string path, ProblemCollector problems)
    {
        var key = new ConfigScalar(setting.Path[depth], false, setting.Value.Location);
        var existing = mapping.Find(key.Value);
        if (depth == setting.Path.Count - 1)
        {
            return mapping.With(new ConfigEntry(existing?.Key ?? key, setting.Value));
        }

        var child = existing?.Value is ConfigNode value and not ConfigScalar { IsNull: true }
            ? value
            : ConfigMapping.Empty(setting.Value.Location);
        var updated = Set(child, setting, depth + 1, path, problems);
        return updated is null ? null : mapping.With(new ConfigEntry(existing?.Key ?? key, updated));
    }

    private static ConfigNode? SetInSequence(
        ConfigSequence sequence, SettingOverride setting, int depth, string path, ProblemCollector problems)
    {
        var segment = setting.Path[depth];
        if (!int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            || index >= sequence.Items.Count)
        {
            var message = $"'{path}' is a list of {sequence.Items.Count} item(s) and '{segment}' is not one of " +
                          $"its indices (0 to {sequence.Items.Count - 1})";
            return Refuse(setting, path, message, problems);
        }

        var itemPath = $"{path}[{index}]";
        if (depth == setting.Path.Count - 1)
        {
            return sequence.WithItem(index, setting.Value);
        }

        var updated = Set(sequence.Items[index], setting, depth + 1, itemPath, problems);
        return updated is null ? null : sequence.WithItem(index, updated);
    }

    private static ConfigNode? Refuse(SettingOverride setting, string path, string message, ProblemCollector problems)
    {
        problems.Add(new ConfigProblem(setting.Value.Location, path, message, $"'{setting.Text}'"));
        return null;
    }

    private static string Child(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";
}
