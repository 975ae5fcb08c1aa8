using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Experiments.Data.Preprocessing;

/// <summary>
/// Options serialised so that equal settings give equal text: properties sorted by name at every
/// level, enums as names, numbers in their shortest round-trip form, no white space.
/// </summary>
public static class CanonicalJson
{
    private static readonly JsonSerializerOptions SerializerOptions = new()
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Serialize(object? options)
    {
        if (options is null)
        {
            return "null";
        }

        var node = JsonSerializer.SerializeToNode(options, options.GetType(), SerializerOptions);
        return Sorted(node)?.ToJsonString() ?? "null";
    }

    private static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => KeyValuePair.Create(pair.Key, Sorted(pair.Value)))),
        JsonArray array => new JsonArray(array.Select(Sorted).ToArray()),
        _ => node?.DeepClone(),
    };
}
