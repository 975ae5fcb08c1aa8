using System.Text;

namespace Experiments.Configuration.Binding;

/// <summary>
/// How C# names read in YAML: properties as snake_case keys (<c>LearningRate</c> ->
/// <c>learning_rate</c>), enum members and variant names as kebab-case (<c>WarmupCosine</c> -> <c>warmup-cosine</c>).
/// </summary>
public static class NamingConvention
{
    public static string ToSnakeCase(string pascalCase) => Separate(pascalCase, '_');

    public static string ToKebabCase(string pascalCase) => Separate(pascalCase, '-');

    private static string Separate(string name, char separator)
    {
        var text = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var character = name[i];
            if (char.IsUpper(character) && i > 0 && StartsWord(name, i))
            {
                text.Append(separator);
            }

            text.Append(char.ToLowerInvariant(character));
        }

        return text.ToString();
    }

    /// <summary>
    /// An upper-case letter starts a word after a lower-case one or digit, or ends an acronym ("HUWindow").
    /// </summary>
    private static bool StartsWord(string name, int i) =>
        !char.IsUpper(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]));
}
