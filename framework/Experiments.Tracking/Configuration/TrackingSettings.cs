namespace Experiments.Tracking.Configuration;

/// <summary>
/// The <c>tracking:</c> section of an experiment file. Null values fall back to MLflow's environment
/// variables and defaults (see <see cref="TrackingTargetResolver"/>).
/// </summary>
public sealed record TrackingSettings
{
    /// <summary><c>http(s)://host:port</c> for a server; a path or <c>file:</c> URI for a file store.</summary>
    public string? Uri { get; init; }

    public string? ExperimentName { get; init; }

    /// <summary>Where events wait while the server is unreachable.</summary>
    public string SpoolFolder { get; init; } = "mlflow-spool";

    /// <summary>How often CPU, memory and GPU use are logged under <c>system/</c>; zero turns it off.</summary>
    public TimeSpan SystemMetricsInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Attempts per request before the server counts as unreachable.</summary>
    public int MaxAttempts { get; init; } = 5;

    /// <summary>The first retry's delay; later ones double, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How often a spooling tracker checks whether the server answers again.</summary>
    public TimeSpan ReconnectInterval { get; init; } = TimeSpan.FromSeconds(15);
}
