using Experiments.Tracking.Configuration;

namespace Experiments.Tracking.Rest;

/// <summary>The HttpClient for a server: base address, credentials, and TLS checks unless turned off.</summary>
public static class TrackingHttpClientFactory
{
    public static HttpClient Create(TrackingTarget target)
    {
        if (target.ServerUri is null)
        {
            throw new ArgumentException($"{target.Display} is not a server address.", nameof(target));
        }

        var handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        if (target.InsecureTls)
        {
            handler.SslOptions.RemoteCertificateValidationCallback = (_, _, _, _) => true;
        }

        var baseAddress = target.ServerUri.AbsoluteUri.EndsWith('/')
            ? target.ServerUri
            : new Uri(target.ServerUri.AbsoluteUri + "/");
        var client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = Timeout.InfiniteTimeSpan };
        if (target.Credentials is { } credentials)
        {
            client.DefaultRequestHeaders.Authorization = credentials.ToHeader();
        }

        return client;
    }
}
