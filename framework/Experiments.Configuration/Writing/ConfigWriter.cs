using System.Collections;
using System.Reflection;
using Experiments.Configuration.Binding;
using Experiments.Configuration.Documents;
using Experiments.Configuration.Schema;

namespace Experiments.Configuration.Writing;

/// <summary>
/// Turns typed configuration back into YAML nodes, defaults included: the resolved experiment as
/// it actually runs. Components are written with their bound options object when the plugin host
/// supplies one (so a component's defaults show too), else with the options as written.
/// </summary>
public sealed class ConfigWriter(Func<ComponentConfig, object?> boundOptions)
{
    private static readonly SourceLocation Resolved = new("resolved", 0, 0);

    public ConfigNode Write(object? value) => value switch
    {
        null => new ConfigScalar("null", false, Resolved),
        ConfigNode node => node,
        string text => new ConfigScalar(text, true, Resolved),
        _ when ScalarReader.Handles(value.GetType()) => new ConfigScalar(ScalarReader.Format(value), false, Resolved),
        ComponentConfig component => WriteComponent(component),
        IDictionary dictionary => WriteDictionary(dictionary),
        IEnumerable items => new ConfigSequence(items.Cast<object?>().Select(Write).ToList(), Resolved),
        _ => WriteObject(value),
    };

    private ConfigMapping WriteComponent(ComponentConfig component)
    {
        var name = Entry(ComponentConfig.NameKey, new ConfigScalar(component.Name, true, Resolved));
        var options = boundOptions(component) is { } bound ? (ConfigMapping)WriteObject(bound) : component.Options;
        return new ConfigMapping([name, .. options.Entries], Resolved);
    }

    private ConfigMapping WriteDictionary(IDictionary dictionary)
    {
        var entries = new List<ConfigEntry>();
        foreach (DictionaryEntry entry in dictionary)
        {
            entries.Add(Entry((string)entry.Key, Write(entry.Value)));
        }

        return new ConfigMapping(entries, Resolved);
    }

    private ConfigNode WriteObject(object value)
    {
        var entries = new List<ConfigEntry>();
        if (VariantName(value.GetType()) is { } variant)
        {
            entries.Add(Entry(ComponentConfig.NameKey, new ConfigScalar(variant, true, Resolved)));
        }

        foreach (var property in OptionProperties.Of(value.GetType()))
        {
            entries.Add(Entry(property.Key, Write(property.Property.GetValue(value))));
        }

        return new ConfigMapping(entries, Resolved);
    }

    /// <summary>
    /// The <c>name:</c> of a variant class (e.g. <c>multistep</c>), from its abstract base's attributes.
    /// </summary>
    public static string? VariantName(Type type)
    {
        for (var baseType = type.BaseType; baseType is not null; baseType = baseType.BaseType)
        {
            var variant = baseType.GetCustomAttributes<ConfigVariantAttribute>().FirstOrDefault(v => v.Type == type);
            if (variant is not null)
            {
                return variant.Name;
            }
        }

        return null;
    }

    private static ConfigEntry Entry(string key, ConfigNode value) =>
        new(new ConfigScalar(key, false, Resolved), value);
}
