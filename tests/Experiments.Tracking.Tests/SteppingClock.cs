namespace Experiments.Tracking.Tests;

/// <summary>A clock that shows whatever Unix millisecond time the test sets.</summary>
internal sealed class SteppingClock(long unixMilliseconds) : TimeProvider
{
    public long Now { get; set; } = unixMilliseconds;

    public override DateTimeOffset GetUtcNow() => DateTimeOffset.FromUnixTimeMilliseconds(Now);
}
