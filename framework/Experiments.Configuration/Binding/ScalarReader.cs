using System.Globalization;

namespace Experiments.Configuration.Binding;

/// <summary>Converts YAML scalar text to the primitive types options may have (invariant culture).</summary>
public static class ScalarReader
{
    private static readonly Type[] ScalarTypes =
        [typeof(string), typeof(bool), typeof(int), typeof(long), typeof(float), typeof(double), typeof(decimal)];

    public static bool Handles(Type type) => ScalarTypes.Contains(type) || type.IsEnum;

    /// <summary>
    /// The converted value, or null when <paramref name="text"/> does not fit <paramref name="type"/>.
    /// </summary>
    public static object? TryRead(string text, Type type)
    {
        const NumberStyles Integer = NumberStyles.AllowLeadingSign;
        const NumberStyles Real = NumberStyles.Float;
        var culture = CultureInfo.InvariantCulture;
        return type switch
        {
            _ when type == typeof(string) => text,
            _ when type == typeof(bool) => text switch
            {
                "true" or "True" => true,
                "false" or "False" => false,
                _ => null,
            },
            _ when type == typeof(int) => int.TryParse(text, Integer, culture, out var value) ? value : null,
            _ when type == typeof(long) => long.TryParse(text, Integer, culture, out var value) ? value : null,
            _ when type == typeof(float) => float.TryParse(text, Real, culture, out var value) ? value : null,
            _ when type == typeof(double) => double.TryParse(text, Real, culture, out var value) ? value : null,
            _ when type == typeof(decimal) => decimal.TryParse(text, Real, culture, out var value) ? value : null,
            _ when type.IsEnum => EnumNames(type).FirstOrDefault(pair => pair.Key == text).Value,
            _ => null,
        };
    }

    /// <summary>An enum's members under their YAML names (kebab-case).</summary>
    public static IReadOnlyList<KeyValuePair<string, object>> EnumNames(Type enumType) =>
        Enum.GetValues(enumType).Cast<object>()
            .Select(value => KeyValuePair.Create(NamingConvention.ToKebabCase(value.ToString()!), value))
            .ToList();

    /// <summary>A value as YAML text: invariant numbers, lower-case booleans, kebab-case enum members.</summary>
    public static string Format(object value) => value switch
    {
        bool flag => flag ? "true" : "false",
        Enum member => NamingConvention.ToKebabCase(member.ToString()),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
