using Experiments.Sweeps.Plan;

namespace Experiments.Sweeps.Dimensions;

/// <summary>Short readable labels for trial names: the last part of the key and the value.</summary>
internal static class TrialLabels
{
    public static string For(SettingOverride setting)
    {
        var key = setting.Key[(setting.Key.LastIndexOf('.') + 1)..];
        return $"{key}={setting.Value}";
    }
}
