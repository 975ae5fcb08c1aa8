using Experiments.Contracts.Preprocessing;

namespace Experiments.Data.Preprocessing;

/// <summary>A case after the pipeline, with how many leading steps came from the cache.</summary>
public sealed record PreprocessedCase(ImagingCase Case, int StepsFromCache, int StepsComputed)
{
    public CaseOutcome Outcome => StepsComputed == 0 ? CaseOutcome.CacheHit : CaseOutcome.Computed;
}
