namespace Experiments.Tracking.FakeServer;

/// <summary>How the fake server misbehaves while it is "away".</summary>
public enum ServerOutage
{
    None,

    /// <summary>Every request's connection is dropped before the server does anything.</summary>
    DropBeforeHandling,

    /// <summary>The request is handled and stored, then the connection drops before the answer.</summary>
    DropAfterHandling,

    /// <summary>Every request is answered 503.</summary>
    Unavailable,
}
