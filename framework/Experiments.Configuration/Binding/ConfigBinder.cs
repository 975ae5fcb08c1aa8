using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Experiments.Configuration.Documents;
using Experiments.Configuration.Problems;
using Experiments.Configuration.Schema;

namespace Experiments.Configuration.Binding;

/// <summary>
/// Binds YAML nodes to typed configuration and options classes, reporting every mismatch (unknown
/// key with the nearest valid one, wrong type, missing required key, failed check) to one
/// <see cref="ProblemCollector"/> and carrying on, so a single pass finds all problems.
/// </summary>
public sealed class ConfigBinder(ProblemCollector problems, string defaultBaseDirectory)
{
    /// <summary>The bound value; null (or a partly bound object) when problems were reported.</summary>
    public object? Bind(ConfigNode node, Type type, string path) => Bind(node, type, path, false, false);

    public T? Bind<T>(ConfigNode node, string path) where T : class => Bind(node, typeof(T), path) as T;

    private object? Bind(ConfigNode node, Type type, string path, bool nullable, bool relativeToFile)
    {
        if (typeof(ConfigNode).IsAssignableFrom(type))
        {
            return type.IsInstanceOfType(node) ? node : Mismatch(node, type, path);
        }

        if (node is ConfigScalar { IsNull: true })
        {
            return nullable ? null : Mismatch(node, type, path);
        }

        type = Nullable.GetUnderlyingType(type) ?? type;
        return type switch
        {
            _ when type == typeof(ComponentConfig) => BindComponent(node, path),
            _ when ScalarReader.Handles(type) => BindScalar(node, type, path, relativeToFile),
            _ when CollectionTypes.ListElement(type) is { } element =>
                BindList(node, type, element, path, relativeToFile),
            _ when CollectionTypes.DictionaryValue(type) is { } value => BindDictionary(node, value, path),
            _ when type.IsAbstract => BindVariant(node, type, path),
            _ => BindObject(node, type, path),
        };
    }

    private object? BindScalar(ConfigNode node, Type type, string path, bool relativeToFile)
    {
        if (node is not ConfigScalar scalar)
        {
            return Mismatch(node, type, path);
        }

        if (ScalarReader.TryRead(scalar.Value, type) is not { } value)
        {
            if (type.IsEnum)
            {
                var names = ScalarReader.EnumNames(type).Select(pair => pair.Key).ToList();
                problems.AddUnknownName(node, path, "value", scalar.Value, names);
                return null;
            }

            return Mismatch(node, type, path);
        }

        return relativeToFile ? Path.GetFullPath(Path.Combine(node.Location.BaseDirectory, (string)value)) : value;
    }

    private object? BindList(ConfigNode node, Type type, Type element, string path, bool relativeToFile)
    {
        if (node is not ConfigSequence sequence)
        {
            return Mismatch(node, type, path);
        }

        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            var problemsBefore = problems.Count;
            var item = Bind(sequence.Items[i], element, $"{path}[{i}]", false, relativeToFile);
            if (problems.Count == problemsBefore)
            {
                list.Add(item);
            }
        }

        if (!type.IsArray)
        {
            return list;
        }

        var array = Array.CreateInstance(element, list.Count);
        list.CopyTo(array, 0);
        return array;
    }

    private object? BindDictionary(ConfigNode node, Type valueType, string path)
    {
        if (node is not ConfigMapping mapping)
        {
            return Mismatch(node, typeof(Dictionary<,>).MakeGenericType(typeof(string), valueType), path);
        }

        var dictionary = (IDictionary)Activator.CreateInstance(
            typeof(Dictionary<,>).MakeGenericType(typeof(string), valueType))!;
        foreach (var entry in mapping.Entries)
        {
            var problemsBefore = problems.Count;
            var value = Bind(entry.Value, valueType, Child(path, entry.Name), false, false);
            if (problems.Count == problemsBefore)
            {
                dictionary[entry.Name] = value;
            }
        }

        return dictionary;
    }

    private ComponentConfig? BindComponent(ConfigNode node, string path)
    {
        if (node is ConfigScalar scalar)
        {
            return new ComponentConfig(scalar, ConfigMapping.Empty(scalar.Location), path);
        }

        var (name, mapping) = SplitName(node, path, "a component name");
        return name is null ? null : new ComponentConfig(name, mapping!.Without(ComponentConfig.NameKey), path);
    }

    private object? BindVariant(ConfigNode node, Type baseType, string path)
    {
        var variants = baseType.GetCustomAttributes<ConfigVariantAttribute>().ToList();
        var names = variants.Select(variant => variant.Name).ToList();
        var (name, mapping) = node is ConfigScalar scalar
            ? (scalar, ConfigMapping.Empty(scalar.Location))
            : SplitName(node, path, "one of: " + string.Join(", ", names));
        if (name is null)
        {
            return null;
        }

        var chosen = variants.FirstOrDefault(variant => variant.Name == name.Value);
        if (chosen is null)
        {
            problems.AddUnknownName(name, Child(path, ComponentConfig.NameKey), "name", name.Value, names);
            return null;
        }

        return BindObject(mapping!.Without(ComponentConfig.NameKey), chosen.Type, path);
    }

    private (ConfigScalar? Name, ConfigMapping? Mapping) SplitName(ConfigNode node, string path, string expectedName)
    {
        if (node is not ConfigMapping mapping)
        {
            problems.Add(node, path, "wrong type", $"a mapping with a 'name' key ({expectedName})");
            return (null, null);
        }

        switch (mapping.Find(ComponentConfig.NameKey)?.Value)
        {
            case ConfigScalar { IsNull: false } name:
                return (name, mapping);
            case { } other:
                problems.Add(other, Child(path, ComponentConfig.NameKey), "wrong type", expectedName);
                return (null, null);
            default:
                problems.Add(new ConfigProblem(
                    mapping.Location, Child(path, ComponentConfig.NameKey), "missing required key 'name'",
                    Expected: expectedName));
                return (null, null);
        }
    }

    private object? BindObject(ConfigNode node, Type type, string path)
    {
        if (node is not ConfigMapping mapping)
        {
            return Mismatch(node, type, path);
        }

        var instance = Activator.CreateInstance(type)
            ?? throw new InvalidOperationException($"{type} has no public parameterless constructor.");
        var properties = OptionProperties.Of(type);
        var problemsBefore = problems.Count;
        foreach (var entry in mapping.Entries)
        {
            BindEntry(instance, properties, entry, path);
        }

        ReportMissingRequired(mapping, properties, path);
        ResolveDefaultPaths(instance, mapping, properties);
        if (problems.Count == problemsBefore && instance is IValidatableObject validatable)
        {
            ValueValidator.CheckObject(validatable, mapping, path, problems);
        }

        return instance;
    }

    private void BindEntry(object instance, IReadOnlyList<OptionProperty> properties, ConfigEntry entry, string path)
    {
        var childPath = Child(path, entry.Name);
        var property = properties.FirstOrDefault(candidate => candidate.Key == entry.Name);
        if (property is null)
        {
            problems.AddUnknownName(entry.Key, childPath, "key", entry.Name, properties.Select(p => p.Key).ToList());
            return;
        }

        var problemsBefore = problems.Count;
        var value = Bind(entry.Value, property.Type, childPath, property.IsNullable, property.IsRelativeToFile);
        if (problems.Count != problemsBefore)
        {
            return;
        }

        ValueValidator.CheckProperty(property, value, instance, entry.Value, childPath, problems);
        property.Property.SetValue(instance, value);
    }

    private void ReportMissingRequired(ConfigMapping mapping, IReadOnlyList<OptionProperty> properties, string path)
    {
        foreach (var property in properties.Where(p => p.IsRequired && mapping.Find(p.Key) is null))
        {
            problems.Add(new ConfigProblem(
                mapping.Location, Child(path, property.Key), $"missing required key '{property.Key}'",
                Expected: TypeDescriptions.Expected(property.Type)));
        }
    }

    /// <summary>
    /// Resolves the relative default paths of properties the YAML left out, nested defaults included.
    /// </summary>
    private void ResolveDefaultPaths(object instance, ConfigMapping? mapping, IReadOnlyList<OptionProperty> properties)
    {
        foreach (var property in properties.Where(p => mapping?.Find(p.Key) is null))
        {
            var value = property.Property.GetValue(instance);
            if (property.IsRelativeToFile && value is string relative)
            {
                property.Property.SetValue(instance, Path.GetFullPath(Path.Combine(defaultBaseDirectory, relative)));
            }
            else if (value is not null && IsConfigurationClass(value.GetType()))
            {
                ResolveDefaultPaths(value, null, OptionProperties.Of(value.GetType()));
            }
        }
    }

    private static bool IsConfigurationClass(Type type) =>
        type.IsClass && !ScalarReader.Handles(type) && !typeof(ConfigNode).IsAssignableFrom(type)
        && !typeof(IEnumerable).IsAssignableFrom(type) && type != typeof(ComponentConfig);

    private object? Mismatch(ConfigNode node, Type type, string path)
    {
        problems.Add(node, path, "wrong type", TypeDescriptions.Expected(type));
        return null;
    }

    private static string Child(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";
}
