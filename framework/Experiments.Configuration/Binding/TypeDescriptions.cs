using System.Text.RegularExpressions;
using Experiments.Configuration.Documents;

namespace Experiments.Configuration.Binding;

/// <summary>What a type looks like in YAML, for "expected ..." in errors and for the key reference.</summary>
public static class TypeDescriptions
{
    public static string Expected(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type switch
        {
            _ when type == typeof(string) => "a string",
            _ when type == typeof(bool) => "true or false",
            _ when type == typeof(int) || type == typeof(long) => "an integer",
            _ when type == typeof(float) || type == typeof(double) || type == typeof(decimal) => "a number",
            _ when type.IsEnum => "one of: " + string.Join(", ", ScalarReader.EnumNames(type).Select(pair => pair.Key)),
            _ when typeof(ConfigNode).IsAssignableFrom(type) => "any YAML value",
            _ when CollectionTypes.ListElement(type) is { } element => "a list of " + Plural(element),
            _ when CollectionTypes.DictionaryValue(type) is { } value => "a mapping from names to " + Plural(value),
            _ => "a mapping",
        };
    }

    /// <summary>A short type name for the reference table: <c>integer</c>, <c>list of number</c>, ...</summary>
    public static string Name(Type type)
    {
        var expected = Expected(type);
        return expected.StartsWith("one of: ", StringComparison.Ordinal)
            ? expected["one of: ".Length..].Replace(", ", " \\| ")
            : Regex.Replace(expected, @"\ban? ", "");
    }

    private static string Plural(Type type)
    {
        var single = Expected(type);
        return single.StartsWith("one of", StringComparison.Ordinal) ? "values (" + single + ")" : single;
    }
}
