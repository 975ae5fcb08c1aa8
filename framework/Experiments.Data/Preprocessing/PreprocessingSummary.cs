using Experiments.Contracts.Preprocessing;

namespace Experiments.Data.Preprocessing;

/// <summary>The result of preprocessing a dataset: cache hits, computed cases and failed cases.</summary>
public sealed record PreprocessingSummary(int CacheHits, int Computed, IReadOnlyList<CaseException> Failures);
