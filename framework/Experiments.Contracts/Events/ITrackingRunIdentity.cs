namespace Experiments.Contracts.Events;

/// <summary>
/// An observer that opens a tracking run (MLflow) says which, once it has seen RunStarted, so the
/// trainer can store the id in its checkpoints and a resumed run continues under the same run.
/// </summary>
public interface ITrackingRunIdentity
{
    string? RunId { get; }
}
