using System.ComponentModel;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Experiments.Configuration.Binding;

/// <summary>A settable property of a configuration or options class, seen as a YAML key.</summary>
public sealed record OptionProperty(
    string Key,
    PropertyInfo Property,
    bool IsRequired,
    bool IsNullable,
    bool IsRelativeToFile,
    string Description)
{
    public Type Type => Property.PropertyType;

    internal static OptionProperty From(PropertyInfo property, NullabilityInfoContext nullability)
    {
        var nullable = Nullable.GetUnderlyingType(property.PropertyType) is not null
                       || (!property.PropertyType.IsValueType
                           && nullability.Create(property).WriteState == NullabilityState.Nullable);
        return new OptionProperty(
            NamingConvention.ToSnakeCase(property.Name),
            property,
            property.IsDefined(typeof(RequiredMemberAttribute)),
            nullable,
            property.IsDefined(typeof(RelativeToFileAttribute)),
            property.GetCustomAttribute<DescriptionAttribute>()?.Description ?? "");
    }
}
