using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Experiments.Cli.Commands;

public sealed class PredictSettings : CommandSettings
{
    [CommandArgument(0, "<inputs>")]
    [Description("Scans to predict on: DICOM series folders or NIfTI files (.nii, .nii.gz).")]
    public string[] Inputs { get; init; } = [];

    [CommandOption("--checkpoint <folder>")]
    [Description("A checkpoint folder, <run>/checkpoints/best; its resolved experiment says how to preprocess.")]
    public string Checkpoint { get; init; } = "";

    [CommandOption("--run <run-id>")]
    [Description("A tracking run to log the outputs to as artifacts (under scans/<name>/).")]
    public string? Run { get; init; }

    [CommandOption("--out <folder>")]
    [Description("Where each scan's outputs go, one folder per scan.")]
    [DefaultValue("predictions")]
    public string Output { get; init; } = "predictions";

    public override ValidationResult Validate()
    {
        if (Checkpoint.Length == 0)
        {
            return ValidationResult.Error("--checkpoint is required: pass <run>/checkpoints/best.");
        }

        return Directory.Exists(Checkpoint)
            ? ValidationResult.Success()
            : ValidationResult.Error($"--checkpoint '{Checkpoint}' is not a folder; pass <run>/checkpoints/best.");
    }
}
