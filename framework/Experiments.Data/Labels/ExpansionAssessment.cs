namespace Experiments.Data.Labels;

/// <summary>Baseline and follow-up volumes, the growth between them and the resulting label.</summary>
public sealed record ExpansionAssessment(
    double BaselineMl, double FollowupMl, double GrowthMl, double RelativeGrowth, bool Expansion);
