namespace Experiments.Contracts.Preprocessing;

/// <summary>A case that cannot be processed; the message names the case and what is wrong with it.</summary>
public sealed class CaseException(string caseId, string problem, Exception? inner = null)
    : Exception($"Case '{caseId}': {problem}", inner)
{
    public string CaseId { get; } = caseId;
}
