namespace Experiments.Sweeps.Running;

/// <summary>
/// The <c>experiments run</c> arguments of one trial: the experiment file, the trial's settings,
/// its place under the parent run, and where its checkpoints live so a rerun can resume.
/// </summary>
public static class TrialCommandLine
{
    public static IReadOnlyList<string> For(TrialLaunch launch, string experimentFile)
    {
        var arguments = new List<string> { "run", experimentFile };
        foreach (var setting in launch.Trial.CommandLineSettings)
        {
            arguments.AddRange(["--set", setting]);
        }

        arguments.AddRange([
            "--set", $"training.checkpointing.folder={Path.Combine(launch.WorkFolder, "run")}",
            "--parent-run", launch.ParentRunId,
            "--run-name", launch.Trial.Name,
            "--tag", $"{SweepTags.TrialHash}={launch.TrialHash}",
            "--tag", $"{SweepTags.TrialIndex}={launch.Trial.Index}",
        ]);
        if (launch.ExistingRunId is not null)
        {
            arguments.AddRange(["--resume", "--resume-run", launch.ExistingRunId]);
        }

        return arguments;
    }
}
