namespace Experiments.Sweeps.Running;

/// <summary>Tracking tags that tie runs to their sweep.</summary>
public static class SweepTags
{
    public const string TrialHash = "experiments.sweep.trial_hash";
    public const string TrialIndex = "experiments.sweep.trial_index";
    public const string SweepHash = "experiments.sweep.hash";
    public const string SweepName = "experiments.sweep.name";
}
