using System.Collections.Concurrent;
using System.Reflection;

namespace Experiments.Configuration.Binding;

/// <summary>
/// The YAML keys of a configuration or options class: its public settable properties, in declared order.
/// </summary>
public static class OptionProperties
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<OptionProperty>> Cache = new();

    public static IReadOnlyList<OptionProperty> Of(Type type) => Cache.GetOrAdd(type, Discover);

    private static IReadOnlyList<OptionProperty> Discover(Type type)
    {
        var nullability = new NullabilityInfoContext();
        return type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.SetMethod is { IsPublic: true } && property.GetIndexParameters().Length == 0)
            .OrderBy(property => InheritanceDepth(property.DeclaringType!))
            .ThenBy(property => property.MetadataToken)
            .Select(property => OptionProperty.From(property, nullability))
            .ToList();
    }

    /// <summary>Base classes' keys come first, so a variant lists the shared keys before its own.</summary>
    private static int InheritanceDepth(Type type)
    {
        var depth = 0;
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            depth++;
        }

        return depth;
    }
}
