namespace Experiments.Tracking;

/// <summary>
/// The server could not be reached (or kept answering 429/5xx) after every retry.
/// <see cref="MayHaveBeenApplied"/> is true when the request may have reached the server before the
/// connection broke, so resending it blindly could record its metrics twice.
/// </summary>
public sealed class TrackingUnavailableException : Exception
{
    public TrackingUnavailableException(string message, bool mayHaveBeenApplied, Exception? inner = null)
        : base(message, inner)
    {
        MayHaveBeenApplied = mayHaveBeenApplied;
    }

    public bool MayHaveBeenApplied { get; }
}
