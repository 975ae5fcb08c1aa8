using System.Text.Json;
using System.Text.Json.Nodes;
using Experiments.Tracking.Keys;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Experiments.Tracking.FakeServer;

/// <summary>The endpoints of the fake server and the rules the real one applies to each.</summary>
internal static class FakeMlflowRoutes
{
    private const string Api = "/api/2.0/mlflow/";

    public static void Map(WebApplication app, FakeMlflowState state)
    {
        app.MapGet(Api + "experiments/get-by-name", context => Locked(state, context, () =>
        {
            var name = context.Request.Query["experiment_name"].ToString();
            var match = state.Experiments.FirstOrDefault(pair => pair.Value.Name == name);
            return match.Key is null
                ? Error(404, "RESOURCE_DOES_NOT_EXIST", $"Could not find experiment with name '{name}'")
                : Ok(new JsonObject { ["experiment"] = Experiment(match.Key, match.Value) });
        }));
        app.MapPost(Api + "experiments/create", context => WithBody(state, context, body =>
        {
            var name = body["name"]?.GetValue<string>();
            if (string.IsNullOrEmpty(name))
            {
                return Error(400, "INVALID_PARAMETER_VALUE", "Missing value for required parameter 'name'.");
            }

            if (state.Experiments.Values.Any(experiment => experiment.Name == name))
            {
                return Error(400, "RESOURCE_ALREADY_EXISTS", $"Experiment(name={name}) already exists.");
            }

            var id = (state.NextExperimentId++).ToString(System.Globalization.CultureInfo.InvariantCulture);
            state.Experiments[id] = (name, []);
            return Ok(new JsonObject { ["experiment_id"] = id });
        }));
        app.MapPost(Api + "runs/create", context => WithBody(state, context, body =>
        {
            var experimentId = body["experiment_id"]?.GetValue<string>() ?? "0";
            if (!state.Experiments.ContainsKey(experimentId))
            {
                return Error(404, "RESOURCE_DOES_NOT_EXIST", $"No Experiment with id={experimentId} exists");
            }

            var run = new FakeRun(Guid.NewGuid().ToString("N"), experimentId,
                body["run_name"]?.GetValue<string>() ?? "", body["user_id"]?.GetValue<string>() ?? "",
                body["start_time"]?.GetValue<long>() ?? 0);
            foreach (var tag in body["tags"]?.AsArray() ?? [])
            {
                run.Tags[tag!["key"]!.GetValue<string>()] = tag["value"]!.GetValue<string>();
            }

            run.Tags["mlflow.runName"] = run.RunName;
            state.Runs[run.RunId] = run;
            return Ok(new JsonObject { ["run"] = Run(run) });
        }));
        app.MapPost(Api + "runs/update", context => WithRun(state, context, (run, body) =>
        {
            var status = body["status"]?.GetValue<string>();
            if (status is "RUNNING" or "SCHEDULED" or "FINISHED" or "FAILED" or "KILLED")
            {
                run.Status = status;
            }

            run.EndTime = body["end_time"]?.GetValue<long>() ?? run.EndTime;
            return Ok(new JsonObject { ["run_info"] = Info(run) });
        }));
        app.MapPost(Api + "runs/delete", context => WithRun(state, context, (run, _) =>
        {
            run.LifecycleStage = "deleted";
            return Ok(new JsonObject());
        }));
        app.MapGet(Api + "runs/get", context => Locked(state, context, () =>
            state.Runs.TryGetValue(context.Request.Query["run_id"].ToString(), out var run)
                ? Ok(new JsonObject { ["run"] = Run(run) })
                : Error(404, "RESOURCE_DOES_NOT_EXIST", $"Run with id={context.Request.Query["run_id"]} not found")));
        app.MapGet(Api + "metrics/get-history", context => Locked(state, context, () =>
        {
            if (!state.Runs.TryGetValue(context.Request.Query["run_id"].ToString(), out var run))
            {
                return Error(404, "RESOURCE_DOES_NOT_EXIST", "Run not found");
            }

            var key = context.Request.Query["metric_key"].ToString();
            var points = run.Metrics.Where(point => point.Key == key).Select(Metric);
            return Ok(new JsonObject { ["metrics"] = new JsonArray([.. points]) });
        }));
        app.MapPost(Api + "runs/search", context => WithBody(state, context, body =>
        {
            var filter = Model.TagEqualityFilter.Parse(body["filter"]?.GetValue<string>() ?? "");
            var experiments = body["experiment_ids"]!.AsArray().Select(id => id!.GetValue<string>()).ToHashSet();
            var runs = state.Runs.Values.Where(run => experiments.Contains(run.ExperimentId)
                && run.LifecycleStage == "active" && run.Tags.GetValueOrDefault(filter.Key) == filter.Value);
            return Ok(new JsonObject { ["runs"] = new JsonArray([.. runs.Select(Run)]) });
        }));
        app.MapPost(Api + "runs/log-batch", context => WithRun(state, context, (run, body) =>
            FakeLogBatch.Apply(state, run, body)));
        FakeArtifactRoutes.Map(app, state);
    }

    public static Task ErrorAsync(HttpContext context, int status, string code, string message) =>
        Error(status, code, message).ExecuteAsync(context);

    internal static IResult Ok(JsonNode node) => Results.Text(node.ToJsonString(), "application/json");

    internal static IResult Error(int status, string code, string message) =>
        Results.Text(new JsonObject { ["error_code"] = code, ["message"] = message }.ToJsonString(),
            "application/json", statusCode: status);

    internal static async Task Locked(FakeMlflowState state, HttpContext context, Func<IResult> handle)
    {
        IResult result;
        lock (state)
        {
            result = handle();
        }

        await result.ExecuteAsync(context);
    }

    private static async Task WithBody(FakeMlflowState state, HttpContext context, Func<JsonObject, IResult> handle)
    {
        JsonObject body;
        try
        {
            body = (await JsonNode.ParseAsync(context.Request.Body))?.AsObject() ?? [];
        }
        catch (JsonException)
        {
            await ErrorAsync(context, 400, "MALFORMED_REQUEST", "Request body is not JSON.");
            return;
        }

        await Locked(state, context, () => handle(body));
    }

    private static Task WithRun(
        FakeMlflowState state, HttpContext context, Func<FakeRun, JsonObject, IResult> handle) =>
        WithBody(state, context, body =>
        {
            var runId = body["run_id"]?.GetValue<string>();
            if (runId is null)
            {
                return Error(400, "INVALID_PARAMETER_VALUE", "Missing value for required parameter 'run_id'.");
            }

            return state.Runs.TryGetValue(runId, out var run)
                ? handle(run, body)
                : Error(404, "RESOURCE_DOES_NOT_EXIST", $"Run with id={runId} not found");
        });

    private static JsonObject Experiment(string id, (string Name, List<(string Key, string Value)> Tags) experiment) =>
        new()
        {
            ["experiment_id"] = id,
            ["name"] = experiment.Name,
            ["artifact_location"] = $"mlflow-artifacts:/{id}",
            ["lifecycle_stage"] = "active",
            ["tags"] = Pairs(experiment.Tags),
        };

    private static JsonObject Info(FakeRun run)
    {
        var info = new JsonObject
        {
            ["run_uuid"] = run.RunId,
            ["experiment_id"] = run.ExperimentId,
            ["run_name"] = run.RunName,
            ["user_id"] = run.UserId,
            ["status"] = run.Status,
            ["start_time"] = run.StartTime,
        };
        if (run.EndTime is { } end)
        {
            info["end_time"] = end;
        }

        info["artifact_uri"] = run.ArtifactUri;
        info["lifecycle_stage"] = run.LifecycleStage;
        info["run_id"] = run.RunId;
        return info;
    }

    private static JsonObject Run(FakeRun run)
    {
        var latest = run.Metrics.GroupBy(point => point.Key)
            .Select(series => series.MaxBy(point => (point.Step, point.Timestamp, point.Value)))
            .Select(Metric);
        return new JsonObject
        {
            ["info"] = Info(run),
            ["data"] = new JsonObject
            {
                ["metrics"] = new JsonArray([.. latest]),
                ["params"] = Pairs(run.Params.Select(pair => (pair.Key, pair.Value))),
                ["tags"] = Pairs(run.Tags.Select(pair => (pair.Key, pair.Value))),
            },
            ["inputs"] = new JsonObject(),
        };
    }

    private static JsonNode Metric((string Key, double Value, long Timestamp, long Step) point) => new JsonObject
    {
        ["key"] = point.Key,
        ["value"] = double.IsNaN(point.Value) ? JsonValue.Create("NaN") : JsonValue.Create(point.Value),
        ["timestamp"] = point.Timestamp,
        ["step"] = point.Step,
    };

    private static JsonArray Pairs(IEnumerable<(string Key, string Value)> pairs) =>
        new([.. pairs.Select(pair => (JsonNode)new JsonObject { ["key"] = pair.Key, ["value"] = pair.Value })]);
}
