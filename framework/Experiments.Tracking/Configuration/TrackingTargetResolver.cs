namespace Experiments.Tracking.Configuration;

/// <summary>
/// Resolves the tracking destination the way MLflow does: the experiment file's <c>tracking.uri</c>,
/// else <c>MLFLOW_TRACKING_URI</c>, else the file store <c>./mlruns</c>; the experiment name from the
/// file, else <c>MLFLOW_EXPERIMENT_NAME</c>; credentials from <c>MLFLOW_TRACKING_TOKEN</c> or
/// <c>MLFLOW_TRACKING_USERNAME</c>/<c>MLFLOW_TRACKING_PASSWORD</c>.
/// </summary>
public sealed partial class TrackingTargetResolver(Func<string, string?> readVariable, string workingDirectory)
{
    public const string UriVariable = "MLFLOW_TRACKING_URI";
    public const string ExperimentVariable = "MLFLOW_EXPERIMENT_NAME";
    public const string TokenVariable = "MLFLOW_TRACKING_TOKEN";
    public const string UserVariable = "MLFLOW_TRACKING_USERNAME";
    public const string PasswordVariable = "MLFLOW_TRACKING_PASSWORD";
    public const string InsecureTlsVariable = "MLFLOW_TRACKING_INSECURE_TLS";
    public const string DefaultStore = "mlruns";

    public static TrackingTargetResolver FromProcess() =>
        new(Environment.GetEnvironmentVariable, Environment.CurrentDirectory);

    public TrackingTarget Resolve(TrackingSettings settings)
    {
        var (uri, source) = ChooseUri(settings);
        if (EmbeddedCredentials().IsMatch(uri))
        {
            // The URI itself is not repeated: it holds the secret.
            throw new TrackingConfigurationException(
                $"{source} contains a user name or password; put them in {UserVariable} and {PasswordVariable} " +
                $"(or a token in {TokenVariable}) so they are never logged or stored.");
        }

        var experiment = NonEmpty(settings.ExperimentName) ?? NonEmpty(readVariable(ExperimentVariable));
        if (uri.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || uri.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            if (!Uri.TryCreate(uri, UriKind.Absolute, out var serverUri))
            {
                throw new TrackingConfigurationException($"{source} '{uri}' is not a valid http(s) address.");
            }

            return new TrackingTarget(TrackingTargetKind.Server, serverUri, null, experiment,
                ReadCredentials(), ReadInsecureTls(), source);
        }

        return new TrackingTarget(TrackingTargetKind.FileStore, null, ToFolder(uri, source), experiment,
            null, false, source);
    }

    private (string Uri, string Source) ChooseUri(TrackingSettings settings)
    {
        if (NonEmpty(settings.Uri) is { } fromSettings)
        {
            return (fromSettings, "tracking.uri");
        }

        return NonEmpty(readVariable(UriVariable)) is { } fromEnvironment
            ? (fromEnvironment, UriVariable)
            : (DefaultStore, "the default store");
    }

    private string ToFolder(string uri, string source)
    {
        if (uri.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            if (!Uri.TryCreate(uri, UriKind.Absolute, out var fileUri) || !fileUri.IsFile)
            {
                throw new TrackingConfigurationException(
                    $"{source} '{uri}' is not a valid file URI; expected file:///absolute/path or a plain path.");
            }

            return fileUri.LocalPath;
        }

        if (uri.Contains("://", StringComparison.Ordinal) || uri.StartsWith("databricks", StringComparison.Ordinal))
        {
            throw new NotSupportedException(
                $"{source} '{uri}': only http(s):// servers and file stores (paths or file: URIs) are supported; " +
                "database URIs such as sqlite:/// need an MLflow server in front of them.");
        }

        return Path.GetFullPath(uri, workingDirectory);
    }

    private TrackingCredentials? ReadCredentials()
    {
        if (NonEmpty(readVariable(TokenVariable)) is { } token)
        {
            return TrackingCredentials.Bearer(token);
        }

        var user = NonEmpty(readVariable(UserVariable));
        var password = NonEmpty(readVariable(PasswordVariable));
        if (user is null && password is null)
        {
            return null;
        }

        if (user is null || password is null)
        {
            throw new TrackingConfigurationException(
                $"{UserVariable} and {PasswordVariable} must be set together; only " +
                $"{(user is null ? PasswordVariable : UserVariable)} is set.");
        }

        return TrackingCredentials.Basic(user, password);
    }

    private bool ReadInsecureTls()
    {
        var value = NonEmpty(readVariable(InsecureTlsVariable));
        return value?.ToLowerInvariant() switch
        {
            null or "false" or "0" => false,
            "true" or "1" => true,
            _ => throw new TrackingConfigurationException(
                $"{InsecureTlsVariable} is '{value}'; expected true or false."),
        };
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [System.Text.RegularExpressions.GeneratedRegex("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/?#]*@")]
    private static partial System.Text.RegularExpressions.Regex EmbeddedCredentials();
}
