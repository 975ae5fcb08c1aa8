namespace Experiments.Data.Labels;

/// <summary>A labelled case: its volumes, growth and label, and the label its dataset recorded.</summary>
public sealed record ExpansionLabelRow(string Id, ExpansionAssessment Assessment, bool? RecordedLabel)
{
    public bool DisagreesWithRecord => RecordedLabel is { } recorded && recorded != Assessment.Expansion;
}
