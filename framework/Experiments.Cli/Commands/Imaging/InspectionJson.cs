using System.Text.Json;
using System.Text.Json.Serialization;

namespace Experiments.Cli.Commands.Imaging;

/// <summary>The stable JSON form of an inspection report: snake_case keys in declaration order.</summary>
public static class InspectionJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static string Serialize(InspectionReport report) => JsonSerializer.Serialize(report, Options);
}
