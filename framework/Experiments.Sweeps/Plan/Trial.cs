namespace Experiments.Sweeps.Plan;

/// <summary>One run of a sweep: its position, its name and the settings it overrides.</summary>
public sealed record Trial(int Index, string Name, IReadOnlyList<SettingOverride> Overrides)
{
    public IReadOnlyList<string> CommandLineSettings => Overrides.Select(o => o.ToCommandLine()).ToList();
}
