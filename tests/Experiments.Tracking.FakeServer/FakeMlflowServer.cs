using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Experiments.Tracking.FakeServer;

/// <summary>
/// An in-memory MLflow 2.12 tracking server on a free loopback port, answering as the recorded
/// transcript shows: error codes, batch limits, silent truncation, param immutability, deleted runs,
/// the JSON Content-Type rule, 405 on a wrong method, and the mlflow-artifacts proxy. It can be made
/// to drop connections or answer 503 to play a server that goes away.
/// </summary>
public sealed class FakeMlflowServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeMlflowServer(WebApplication app, FakeMlflowState state)
    {
        _app = app;
        State = state;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.Single();
        Uri = new Uri(address);
    }

    public Uri Uri { get; }

    public FakeMlflowState State { get; }

    public ServerOutage Outage { get; set; }

    /// <summary>When set, the outage hits only requests whose path ends with this (e.g. <c>runs/create</c>).</summary>
    public string? OutageOnlyFor { get; set; }

    /// <summary>Every request's method and path, in order (for asserting on what the client sent).</summary>
    public List<string> Requests { get; } = [];

    public static async Task<FakeMlflowServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var state = new FakeMlflowState();
        FakeMlflowServer? server = null;
        app.Use(async (context, next) =>
        {
            await server!.GuardAsync(context, next);
        });
        FakeMlflowRoutes.Map(app, state);
        await app.StartAsync();
        server = new FakeMlflowServer(app, state);
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task GuardAsync(HttpContext context, Func<Task> next)
    {
        lock (Requests)
        {
            Requests.Add($"{context.Request.Method} {context.Request.Path}");
        }

        var path = context.Request.Path.Value!;
        var outage = OutageOnlyFor is null || path.EndsWith(OutageOnlyFor, StringComparison.Ordinal)
            ? Outage
            : ServerOutage.None;
        switch (outage)
        {
            case ServerOutage.DropBeforeHandling:
                context.Abort();
                return;
            case ServerOutage.Unavailable:
                context.Response.StatusCode = 503;
                return;
        }

        if (context.Request.Method == "POST" && context.Request.ContentType?.StartsWith("application/json",
                StringComparison.OrdinalIgnoreCase) != true)
        {
            await FakeMlflowRoutes.ErrorAsync(context, 400, "INVALID_PARAMETER_VALUE",
                "Bad Request. Content-Type must be one of ['application/json'].");
            return;
        }

        if (outage == ServerOutage.DropAfterHandling)
        {
            context.Response.Body = Stream.Null;
            await next();
            context.Abort();
            return;
        }

        await next();
    }
}
