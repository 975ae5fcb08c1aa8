using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Experiments.Cli.Commands;

public sealed class SweepSettings : CommonSettings
{
    [CommandArgument(0, "<FILE>")]
    [Description("An experiment file with a sweep: block.")]
    public string File { get; init; } = "";

    [CommandOption("--parallel <N>")]
    [Description("How many trials run at once, each in its own process.")]
    [DefaultValue(1)]
    public int Parallel { get; init; } = 1;

    [CommandOption("--dry-run")]
    [Description("Validate every trial, print the plan and stop.")]
    public bool DryRun { get; init; }

    [CommandOption("--force")]
    [Description("Run even when the plan has more trials than sweep.max_trials.")]
    public bool Force { get; init; }

    [CommandOption("--trial <INDEX>")]
    [Description("Run only this trial (what each Slurm array task does).")]
    public int? Trial { get; init; }

    [CommandOption("--parent-run <RUN_ID>")]
    [Description("The sweep's parent tracking run; found or created by the sweep's hash when absent.")]
    public string? ParentRunId { get; init; }

    [CommandOption("--emit <TARGET>")]
    [Description("Write a job script instead of running: slurm.")]
    public string? Emit { get; init; }

    [CommandOption("--out <FILE>")]
    [Description("Where --emit writes the script (default: <sweep name>.slurm.sh).")]
    public string? Out { get; init; }

    [CommandOption("--work <FOLDER>")]
    [Description("Folder of the trials' checkpoints and logs (default: runs/sweeps/<sweep name>).")]
    public string? Work { get; init; }

    public override ValidationResult Validate()
    {
        if (!System.IO.File.Exists(File))
        {
            return ValidationResult.Error($"The experiment file '{File}' does not exist.");
        }

        if (Parallel < 1)
        {
            return ValidationResult.Error($"--parallel must be at least 1, got {Parallel}.");
        }

        return Emit is null or "slurm"
            ? ValidationResult.Success()
            : ValidationResult.Error($"--emit '{Emit}' is not supported; expected slurm.");
    }
}
