namespace Experiments.Data.Labels;

/// <summary>
/// One case to label: its baseline and 24 h hematoma masks, and the label a dataset file already
/// records for it (null when the masks come from a folder).
/// </summary>
public sealed record ExpansionLabelInput(
    string Id, string BaselineMaskPath, string FollowupMaskPath, bool? RecordedLabel);
