namespace Experiments.Tracking.Keys;

/// <summary>Names or values were refused before anything was sent.</summary>
public sealed class TrackingValidationException(IReadOnlyList<string> refusals)
    : TrackingException(
        "Refused before sending to MLflow: " + string.Join("; ", refusals),
        MlflowErrorCodes.InvalidParameterValue)
{
    public IReadOnlyList<string> Refusals { get; } = refusals;
}
