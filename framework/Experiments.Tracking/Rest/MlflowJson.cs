using System.Text.Json;
using System.Text.Json.Serialization;

namespace Experiments.Tracking.Rest;

/// <summary>
/// MLflow's JSON conventions: snake_case names, NaN and infinities as the strings <c>"NaN"</c> and
/// <c>"Infinity"</c>, int64 values accepted as strings, absent fields left out.
/// </summary>
public static class MlflowJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals | JsonNumberHandling.AllowReadingFromString,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        PropertyNameCaseInsensitive = false,
    };
}
