namespace Experiments.Configuration.Binding;

/// <summary>Recognises the list and dictionary types configuration classes may use.</summary>
public static class CollectionTypes
{
    private static readonly Type[] ListDefinitions =
        [typeof(List<>), typeof(IList<>), typeof(IReadOnlyList<>), typeof(IEnumerable<>), typeof(ICollection<>)];

    private static readonly Type[] DictionaryDefinitions =
        [typeof(Dictionary<,>), typeof(IDictionary<,>), typeof(IReadOnlyDictionary<,>)];

    /// <summary>The element type of an array or list type, else null.</summary>
    public static Type? ListElement(Type type)
    {
        if (type.IsArray)
        {
            return type.GetElementType();
        }

        return type.IsGenericType && ListDefinitions.Contains(type.GetGenericTypeDefinition())
            ? type.GetGenericArguments()[0]
            : null;
    }

    /// <summary>The value type of a dictionary keyed by string, else null.</summary>
    public static Type? DictionaryValue(Type type) =>
        type.IsGenericType && DictionaryDefinitions.Contains(type.GetGenericTypeDefinition())
                           && type.GetGenericArguments()[0] == typeof(string)
            ? type.GetGenericArguments()[1]
            : null;
}
