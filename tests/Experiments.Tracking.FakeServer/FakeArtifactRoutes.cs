using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Experiments.Tracking.FakeServer;

/// <summary>The <c>mlflow-artifacts</c> proxy: PUT raw bytes to a path, GET <c>?path=</c> lists a folder.</summary>
internal static class FakeArtifactRoutes
{
    private const string Root = "/api/2.0/mlflow-artifacts/artifacts";

    public static void Map(WebApplication app, FakeMlflowState state)
    {
        app.MapPut(Root + "/{**path}", async (HttpContext context, string path) =>
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer);
            lock (state)
            {
                state.Artifacts[path] = buffer.ToArray();
            }

            return FakeMlflowRoutes.Ok(new JsonObject());
        });
        app.MapGet(Root, (HttpContext context) =>
        {
            var folder = context.Request.Query["path"].ToString().Trim('/') + "/";
            lock (state)
            {
                var children = state.Artifacts
                    .Where(pair => pair.Key.StartsWith(folder, StringComparison.Ordinal))
                    .Select(pair => (Remainder: pair.Key[folder.Length..], Size: pair.Value.Length))
                    .GroupBy(entry => entry.Remainder.Split('/')[0])
                    .OrderBy(group => group.Key, StringComparer.Ordinal)
                    .Select(group => group.Any(entry => entry.Remainder.Contains('/'))
                        ? new JsonObject { ["path"] = group.Key, ["is_dir"] = true }
                        : new JsonObject
                        {
                            ["path"] = group.Key, ["is_dir"] = false, ["file_size"] = group.First().Size,
                        });
                return FakeMlflowRoutes.Ok(new JsonObject { ["files"] = new JsonArray([.. children]) });
            }
        });
    }
}
