using System.Collections.Concurrent;
using System.Reflection;

namespace Experiments.Configuration.Binding;

/// <summary>The YAML keys of a configuration or options class: its public settable properties, in declared order.</summary>
public static class OptionProperties
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<OptionProperty>> Cache = new();

    public static IReadOnlyList<OptionProperty> Of(Type type) => Cache.GetOrAdd(type, Discover);

    private static IReadOnlyList<OptionProperty> Discover(Type type)
    {
        var nullability = new NullabilityInfoContext();
        return type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.SetMethod is { IsPublic: true } && property.GetIndexParameters().Length == 0)
            .OrderBy(property => property.DeclaringType == type ? 1 : 0)
            .ThenBy(property => property.MetadataToken)
            .Select(property => OptionProperty.From(property, nullability))
            .ToList();
    }
}
