using System.Globalization;
using Experiments.Configuration.Documents;

namespace Experiments.Configuration.Writing;

/// <summary>
/// Flattens a document into dotted keys for tracking parameters: <c>training.epochs = 40</c>,
/// <c>preprocessing.3.max_hu = 100</c> (list items by index); a list of plain values stays one
/// value (<c>schedule.milestones = [20, 30]</c>).
/// </summary>
public static class ParameterFlattener
{
    public static IReadOnlyDictionary<string, string> Flatten(ConfigNode root)
    {
        var parameters = new SortedDictionary<string, string>(StringComparer.Ordinal);
        Flatten(root, "", parameters);
        return parameters;
    }

    private static void Flatten(ConfigNode node, string prefix, SortedDictionary<string, string> parameters)
    {
        switch (node)
        {
            case ConfigScalar scalar:
                parameters[prefix] = scalar.IsNull ? "null" : scalar.Value;
                break;
            case ConfigSequence sequence when sequence.Items.All(item => item is ConfigScalar):
                var values = sequence.Items.Cast<ConfigScalar>().Select(item => item.Value);
                parameters[prefix] = "[" + string.Join(", ", values) + "]";
                break;
            case ConfigSequence sequence:
                for (var i = 0; i < sequence.Items.Count; i++)
                {
                    Flatten(sequence.Items[i], Join(prefix, i.ToString(CultureInfo.InvariantCulture)), parameters);
                }

                break;
            case ConfigMapping mapping:
                foreach (var entry in mapping.Entries)
                {
                    Flatten(entry.Value, Join(prefix, entry.Name), parameters);
                }

                break;
        }
    }

    private static string Join(string prefix, string key) => prefix.Length == 0 ? key : $"{prefix}.{key}";
}
