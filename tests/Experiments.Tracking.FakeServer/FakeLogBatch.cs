using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Experiments.Tracking.Keys;
using Microsoft.AspNetCore.Http;

namespace Experiments.Tracking.FakeServer;

/// <summary><c>runs/log-batch</c> with the recorded server's checks, applied all or nothing.</summary>
internal static class FakeLogBatch
{
    public static IResult Apply(FakeMlflowState state, FakeRun run, JsonObject body)
    {
        state.LogBatchCalls++;
        var metrics = body["metrics"]?.AsArray() ?? [];
        var parameters = body["params"]?.AsArray() ?? [];
        var tags = body["tags"]?.AsArray() ?? [];
        if (LimitProblem(metrics.Count, parameters.Count, tags.Count) is { } limit)
        {
            return Invalid(limit);
        }

        if (run.LifecycleStage != "active")
        {
            return Invalid($"The run {run.RunId} must be in the 'active' state. Current state is deleted.");
        }

        var parsedMetrics = new List<(string Key, double Value, long Timestamp, long Step)>();
        foreach (var metric in metrics)
        {
            if (metric?["key"] is null || metric["value"] is null || metric["timestamp"] is null)
            {
                return Invalid($"Invalid value {metric?.ToJsonString()} for parameter 'metrics' supplied.");
            }

            var key = metric["key"]!.GetValue<string>();
            if (KeyRules.FindProblem(key) is { } problem)
            {
                return Invalid($"Invalid metric name: '{key}'. {problem}");
            }

            parsedMetrics.Add((key, Number(metric["value"]!), Integer(metric["timestamp"]!),
                metric["step"] is { } step ? Integer(step) : 0));
        }

        var parsedParams = Pairs(parameters, 6000);
        var parsedTags = Pairs(tags, 5000);
        var badKey = parsedParams.Concat(parsedTags).Select(pair => pair.Key)
            .FirstOrDefault(key => KeyRules.FindProblem(key) is not null);
        if (badKey is not null)
        {
            return Invalid($"Invalid name '{badKey}': {KeyRules.FindProblem(badKey)}");
        }

        foreach (var (key, value) in parsedParams)
        {
            if (run.Params.TryGetValue(key, out var old) && old != value)
            {
                return Invalid($"Changing param values is not allowed. Params were already logged=" +
                               $"'[{{'key': '{key}', 'old_value': '{old}', 'new_value': '{value}'}}]' " +
                               $"for run ID='{run.RunId}'.");
            }
        }

        run.Metrics.AddRange(parsedMetrics);
        foreach (var (key, value) in parsedParams)
        {
            run.Params[key] = value;
        }

        foreach (var (key, value) in parsedTags)
        {
            run.Tags[key] = value;
        }

        return FakeMlflowRoutes.Ok(new JsonObject());
    }

    private static string? LimitProblem(int metrics, int parameters, int tags)
    {
        if (metrics > 1000)
        {
            return $"A batch logging request can contain at most 1000 metrics. Got {metrics} metrics.";
        }

        if (parameters > 100)
        {
            return $"A batch logging request can contain at most 100 params. Got {parameters} params.";
        }

        if (tags > 100)
        {
            return $"A batch logging request can contain at most 100 tags. Got {tags} tags.";
        }

        var total = metrics + parameters + tags;
        return total > 1000
            ? $"A batch logging request can contain at most 1000 metrics, params, and tags. Got {total}."
            : null;
    }

    /// <summary>Values past the limit are cut without a word, and a JSON number becomes "", as recorded.</summary>
    private static List<(string Key, string Value)> Pairs(JsonArray pairs, int maxValueLength) =>
        pairs.Select(pair =>
        {
            var value = pair!["value"] is JsonValue text && text.GetValueKind() == JsonValueKind.String
                ? text.GetValue<string>()
                : "";
            return (pair["key"]!.GetValue<string>(), value.Length > maxValueLength ? value[..maxValueLength] : value);
        }).ToList();

    private static double Number(JsonNode node)
    {
        var value = node.GetValueKind() == JsonValueKind.String
            ? node.GetValue<string>() switch
            {
                "NaN" => double.NaN,
                "Infinity" => double.PositiveInfinity,
                "-Infinity" => double.NegativeInfinity,
                var text => double.Parse(text, CultureInfo.InvariantCulture),
            }
            : node.GetValue<double>();

        // The recorded SQLite backend stores infinities as the largest finite doubles.
        return double.IsInfinity(value) ? Math.CopySign(double.MaxValue, value) : value;
    }

    private static long Integer(JsonNode node) => node.GetValueKind() == JsonValueKind.String
        ? long.Parse(node.GetValue<string>(), CultureInfo.InvariantCulture)
        : node.GetValue<long>();

    private static IResult Invalid(string message) =>
        FakeMlflowRoutes.Error(400, "INVALID_PARAMETER_VALUE", message);
}
