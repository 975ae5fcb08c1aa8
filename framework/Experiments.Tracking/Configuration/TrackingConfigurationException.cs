namespace Experiments.Tracking.Configuration;

/// <summary>The tracking settings or MLflow environment variables cannot be used as given.</summary>
public sealed class TrackingConfigurationException(string message) : Exception(message);
