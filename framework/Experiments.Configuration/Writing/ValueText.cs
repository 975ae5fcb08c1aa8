using System.Collections;
using Experiments.Configuration.Binding;

namespace Experiments.Configuration.Writing;

/// <summary>
/// A default value as it would be written in YAML: <c>0.1</c>, <c>cubic</c>, <c>[16, 32, 64]</c>, <c>null</c>.
/// </summary>
public static class ValueText
{
    public static string Format(object? value) => value switch
    {
        null => "null",
        string text => text,
        IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Select(Format)) + "]",
        _ when ScalarReader.Handles(value.GetType()) => ScalarReader.Format(value),
        _ => YamlWriter.Write(new ConfigWriter(_ => null).Write(value)).Trim(),
    };
}
