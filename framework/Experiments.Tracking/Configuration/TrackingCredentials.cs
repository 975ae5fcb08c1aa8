using System.Net.Http.Headers;
using System.Text;

namespace Experiments.Tracking.Configuration;

/// <summary>
/// A bearer token or a user name and password for the server. <see cref="ToString"/> never shows
/// the secret, so a logged or printed settings object cannot leak it.
/// </summary>
public sealed class TrackingCredentials
{
    private TrackingCredentials(string scheme, string parameter, string? userName, string secret)
    {
        Scheme = scheme;
        Parameter = parameter;
        UserName = userName;
        Secret = secret;
    }

    public string Scheme { get; }

    public string? UserName { get; }

    /// <summary>The token or password, for the secret guard to keep out of params, tags and artifacts.</summary>
    public string Secret { get; }

    private string Parameter { get; }

    public static TrackingCredentials Bearer(string token) => new("Bearer", token, null, token);

    public static TrackingCredentials Basic(string userName, string password) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{userName}:{password}")), userName, password);

    public AuthenticationHeaderValue ToHeader() => new(Scheme, Parameter);

    public override string ToString() =>
        UserName is null ? $"{Scheme} token (hidden)" : $"{Scheme} user '{UserName}' (password hidden)";
}
