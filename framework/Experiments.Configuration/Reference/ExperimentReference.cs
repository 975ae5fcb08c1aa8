using System.Reflection;
using System.Text;
using Experiments.Configuration.Binding;
using Experiments.Configuration.Documents;
using Experiments.Configuration.Schema;
using Experiments.Configuration.Writing;

namespace Experiments.Configuration.Reference;

/// <summary>
/// The reference of every experiment key with its type, default and description, generated from
/// the schema classes so it cannot drift from them (docs/experiment-reference.md is this text).
/// </summary>
public static class ExperimentReference
{
    public static string Markdown()
    {
        var text = new StringBuilder();
        text.AppendLine("# Experiment file reference");
        text.AppendLine();
        text.AppendLine("Generated from the schema by `experiments reference`; do not edit by hand.");
        text.AppendLine("A key `a.b` is `b` inside the mapping `a`. `<task>` is any task name. Keys marked with a");
        text.AppendLine("*variant* apply when the block's `name:` is that variant. A component's own options");
        text.AppendLine("(beside its `name:`) are listed by `experiments plugins`.");
        text.AppendLine();
        text.AppendLine(
            "A file may start with `extends: base.yaml` (relative to the file): mappings merge key by key,");
        text.AppendLine("lists and values replace the base's. `--set a.b.c=value` overrides any key from the command");
        text.AppendLine("line (list items by index: `preprocessing[3].max_hu=80`; the value is read as YAML).");
        text.AppendLine("Relative paths resolve against the file that wrote them.");
        text.AppendLine();
        text.AppendLine("| key | type | default | description |");
        text.AppendLine("| --- | --- | --- | --- |");
        var defaults = Activator.CreateInstance(typeof(ExperimentConfig));
        foreach (var row in Rows(typeof(ExperimentConfig), "", defaults, null))
        {
            text.AppendLine($"| `{row.Key}` | {row.Type} | {row.Default} | {row.Description} |");
        }

        return text.ToString();
    }

    private static IEnumerable<ReferenceRow> Rows(Type type, string prefix, object? defaults, string? variant)
    {
        foreach (var property in OptionProperties.Of(type))
        {
            var key = prefix + property.Key;
            var value = defaults is null ? null : property.Property.GetValue(defaults);
            var description = variant is null ? property.Description : $"*{variant}:* {property.Description}";
            foreach (var row in Rows(property, key, value, description))
            {
                yield return row;
            }
        }
    }

    private static IEnumerable<ReferenceRow> Rows(
        OptionProperty property, string key, object? value, string description)
    {
        var type = Nullable.GetUnderlyingType(property.Type) ?? property.Type;
        var shown = property.IsRequired ? "required" : FormatDefault(value);
        if (type == typeof(ComponentConfig) || CollectionTypes.ListElement(type) == typeof(ComponentConfig))
        {
            var what = type == typeof(ComponentConfig) ? "component" : "list of components";
            return [new ReferenceRow(key, what, shown, description)];
        }

        if (type.IsAbstract && !typeof(ConfigNode).IsAssignableFrom(type))
        {
            return VariantRows(type, key, value, shown, description);
        }

        if (CollectionTypes.DictionaryValue(type) is { } valueType && !ScalarReader.Handles(valueType))
        {
            return [new ReferenceRow(key, "mapping", shown, description),
                .. Rows(valueType, key + ".<task>.", null, null)];
        }

        if (ScalarReader.Handles(type) || CollectionTypes.ListElement(type) is not null
                                       || typeof(ConfigNode).IsAssignableFrom(type))
        {
            return [new ReferenceRow(key, TypeDescriptions.Name(type), shown, description)];
        }

        var nestedDefaults = value ?? Activator.CreateInstance(type);
        return [new ReferenceRow(key, "mapping", "", description), .. Rows(type, key + ".", nestedDefaults, null)];
    }

    private static IEnumerable<ReferenceRow> VariantRows(
        Type baseType, string key, object? value, string shown, string description)
    {
        var variants = baseType.GetCustomAttributes<ConfigVariantAttribute>().ToList();
        var names = string.Join(" \\| ", variants.Select(variant => variant.Name));
        var defaultName = value is null ? shown : ConfigWriter.VariantName(value.GetType()) ?? shown;
        yield return new ReferenceRow(key + ".name", names, defaultName, description);
        foreach (var variant in variants)
        {
            foreach (var row in Rows(variant.Type, key + ".", Activator.CreateInstance(variant.Type), variant.Name))
            {
                yield return row;
            }
        }
    }

    private static string FormatDefault(object? value) => value is null ? "none" : $"`{ValueText.Format(value)}`";

    private sealed record ReferenceRow(string Key, string Type, string Default, string Description);
}
