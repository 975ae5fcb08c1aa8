namespace Experiments.Data.Preprocessing;

/// <summary>How one case went through the pipeline.</summary>
public enum CaseOutcome
{
    /// <summary>The final result was in the cache; no step ran.</summary>
    CacheHit,

    /// <summary>At least one step ran (the others, if any, came from the cache).</summary>
    Computed,

    /// <summary>The case failed with a <see cref="Contracts.Preprocessing.CaseException"/>.</summary>
    Failed,
}
