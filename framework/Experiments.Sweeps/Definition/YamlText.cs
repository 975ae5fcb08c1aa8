using YamlDotNet.RepresentationModel;

namespace Experiments.Sweeps.Definition;

/// <summary>Writes a YAML node back as the one-line text that <c>--set key=value</c> accepts.</summary>
internal static class YamlText
{
    public static string Of(YamlNode node) => node switch
    {
        YamlScalarNode scalar => Scalar(scalar),
        YamlSequenceNode sequence => "[" + string.Join(", ", sequence.Children.Select(Of)) + "]",
        YamlMappingNode mapping =>
            "{" + string.Join(", ", mapping.Children.Select(p => $"{Of(p.Key)}: {Of(p.Value)}")) + "}",
        _ => node.ToString(),
    };

    private static string Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        var plain = text.Length > 0 && text.IndexOfAny([',', '[', ']', '{', '}', ':', '#', '"', '\'', ' ']) < 0;
        return plain ? text : "'" + text.Replace("'", "''") + "'";
    }
}
