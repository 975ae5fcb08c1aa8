namespace Experiments.Tracking.Configuration;

/// <summary>Where runs go, after settings, environment variables and defaults are combined.</summary>
public sealed record TrackingTarget(
    TrackingTargetKind Kind,
    Uri? ServerUri,
    string? FileStorePath,
    string? ExperimentName,
    TrackingCredentials? Credentials,
    bool InsecureTls,
    string UriSource)
{
    /// <summary>The destination for messages: the server address or the folder, never a credential.</summary>
    public string Display =>
        Kind == TrackingTargetKind.Server ? ServerUri!.GetLeftPart(UriPartial.Path) : FileStorePath!;
}
