using System.ComponentModel;
using Experiments.Runner;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Experiments.Cli.Commands;

public sealed class RunSettings : ExperimentSettings
{
    [CommandOption("--resume")]
    [Description("Continue from the last checkpoint in training.checkpointing.folder, under the same tracking run.")]
    public bool Resume { get; init; }

    [CommandOption("--resume-run <RUN_ID>")]
    [Description("Tracking run to continue when there is no checkpoint to carry its id.")]
    public string? ResumeRunId { get; init; }

    [CommandOption("--parent-run <RUN_ID>")]
    [Description("Nest this run under a parent tracking run (sweeps do this).")]
    public string? ParentRunId { get; init; }

    [CommandOption("--run-name <NAME>")]
    [Description("Name of the tracking run; default: the experiment's name.")]
    public string? RunName { get; init; }

    [CommandOption("--tag <KEY=VALUE>")]
    [Description("An extra tag on the tracking run. Repeatable.")]
    public string[] Tags { get; init; } = [];

    public override ValidationResult Validate()
    {
        var malformed = Tags.FirstOrDefault(tag => tag.IndexOf('=') <= 0);
        return malformed is null
            ? base.Validate()
            : ValidationResult.Error($"--tag '{malformed}' is not KEY=VALUE.");
    }

    public RunRequest ToRequest() => new()
    {
        Resume = Resume,
        ResumeRunId = ResumeRunId,
        ParentRunId = ParentRunId,
        RunName = RunName,
        Tags = Tags.Select(tag => tag.Split('=', 2)).ToDictionary(parts => parts[0], parts => parts[1]),
    };
}
