using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Experiments.Cli.Commands;

public sealed class PredictSettings : CommonSettings
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

        if (!Directory.Exists(Checkpoint))
        {
            return ValidationResult.Error(File.Exists(Checkpoint)
                ? $"--checkpoint '{Checkpoint}' is a file; pass the folder <run>/checkpoints/best."
                : $"--checkpoint '{Checkpoint}' does not exist; pass <run>/checkpoints/best.");
        }

        if (Run is { } run && string.IsNullOrWhiteSpace(run))
        {
            return ValidationResult.Error("--run is empty; pass a tracking run id, or leave --run out.");
        }

        return File.Exists(Output)
            ? ValidationResult.Error($"--out '{Output}' is a file; pass a folder (it is created if missing).")
            : ValidationResult.Success();
    }
}
