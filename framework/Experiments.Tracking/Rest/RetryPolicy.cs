namespace Experiments.Tracking.Rest;

/// <summary>Exponential backoff with jitter: attempt n waits base * 2^n, capped, times a random 0.5-1.0.</summary>
public sealed class RetryPolicy(int maxAttempts, TimeSpan baseDelay, TimeSpan maxDelay)
{
    public int MaxAttempts { get; } = Math.Max(1, maxAttempts);

    public TimeSpan DelayBefore(int retry, TimeSpan? serverHint = null)
    {
        var exponential = baseDelay.TotalMilliseconds * Math.Pow(2, retry);
        var capped = Math.Min(exponential, maxDelay.TotalMilliseconds);
        var jittered = TimeSpan.FromMilliseconds(capped * (0.5 + Random.Shared.NextDouble() * 0.5));
        return serverHint is { } hint && hint > jittered && hint <= maxDelay ? hint : jittered;
    }
}
