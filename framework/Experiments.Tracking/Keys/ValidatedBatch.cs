using Experiments.Tracking.Model;

namespace Experiments.Tracking.Keys;

/// <summary>The part of a batch that may be sent, and why the rest was refused.</summary>
public sealed record ValidatedBatch(LogBatch Accepted, IReadOnlyList<string> Refusals);
