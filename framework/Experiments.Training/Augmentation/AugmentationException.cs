namespace Experiments.Training.Augmentation;

/// <summary>An augmenter failed on a case; the message names the case and the variant.</summary>
public sealed class AugmentationException(string caseId, int variant, Exception inner)
    : Exception($"Augmenting case '{caseId}' (variant {variant}) failed: {inner.Message}", inner)
{
    public string CaseId { get; } = caseId;
}
