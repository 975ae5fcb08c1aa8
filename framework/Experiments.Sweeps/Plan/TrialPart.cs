namespace Experiments.Sweeps.Plan;

/// <summary>One value of one sweep dimension: the settings it changes and a short label for trial names.</summary>
public sealed record TrialPart(string Label, IReadOnlyList<SettingOverride> Overrides);
