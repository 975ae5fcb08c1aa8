using System.Text;
using Experiments.Sweeps.Plan;

namespace Experiments.Sweeps.Slurm;

/// <summary>
/// Writes a Slurm job-array script for a sweep: one array task per trial, each running
/// <c>experiments sweep FILE --trial I</c> under the sweep's parent tracking run.
/// </summary>
public static class SlurmScriptWriter
{
    /// <param name="plan">The trials; array indices are trial indices.</param>
    /// <param name="settings">Resources of each task and how many run at once.</param>
    /// <param name="command">How to start the experiments app, e.g. <c>[/opt/experiments/experiments]</c>.</param>
    /// <param name="experimentFile">Absolute path of the sweep's experiment file.</param>
    /// <param name="parentRunId">The parent tracking run every trial logs under.</param>
    /// <param name="logFolder">Where Slurm writes each task's output.</param>
    public static string Write(
        SweepPlan plan,
        SlurmSettings settings,
        IReadOnlyList<string> command,
        string experimentFile,
        string parentRunId,
        string logFolder)
    {
        var script = new StringBuilder();
        script.AppendLine("#!/bin/bash");
        script.AppendLine($"#SBATCH --job-name={JobName(plan.Name)}");
        script.AppendLine($"#SBATCH --array=0-{plan.Trials.Count - 1}%{settings.Concurrency}");
        script.AppendLine($"#SBATCH --cpus-per-task={settings.CpusPerTask}");
        script.AppendLine($"#SBATCH --mem={settings.Memory}");
        script.AppendLine($"#SBATCH --time={settings.Time}");
        script.AppendLine($"#SBATCH --output={Path.Combine(logFolder, "%x-%A_%a.out")}");
        AppendOptional(script, "partition", settings.Partition);
        AppendOptional(script, "account", settings.Account);
        AppendOptional(script, "gpus", settings.Gpus);
        script.AppendLine();
        script.AppendLine("set -euo pipefail");
        script.AppendLine($"cd {Quote(Directory.GetCurrentDirectory())}");
        script.AppendLine("# Trials:");
        foreach (var trial in plan.Trials)
        {
            script.AppendLine($"#   {trial.Index}: {trial.Name}");
        }

        var arguments = command.Concat(["sweep", experimentFile, "--parent-run", parentRunId]).Select(Quote);
        script.AppendLine($"exec {string.Join(' ', arguments)} --trial \"$SLURM_ARRAY_TASK_ID\"");
        return script.ToString();
    }

    private static void AppendOptional(StringBuilder script, string option, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            script.AppendLine($"#SBATCH --{option}={value}");
        }
    }

    private static string JobName(string name) =>
        new(name.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '-').ToArray());

    private static string Quote(string text) => "'" + text.Replace("'", "'\\''") + "'";
}
