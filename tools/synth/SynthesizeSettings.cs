using System.ComponentModel;
using Experiments.Data.Synthetic;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Experiments.Synth;

/// <summary>Command-line options of the synthetic dataset generator.</summary>
public sealed class SynthesizeSettings : CommandSettings
{
    public const int SmallMatrix = 128;

    [CommandOption("--out <FOLDER>")]
    [Description("Empty or new folder for dataset.json, images/ and labels/.")]
    public string? OutputFolder { get; init; }

    [CommandOption("--cases <N>")]
    [Description("Number of cases (default 20).")]
    [DefaultValue(20)]
    public int Cases { get; init; } = 20;

    [CommandOption("--seed <SEED>")]
    [Description("Seed; one seed always gives byte-identical files (default 42).")]
    [DefaultValue(42UL)]
    public ulong Seed { get; init; } = 42;

    [CommandOption("--matrix <SIZE>")]
    [Description("In-plane matrix (default 512, the paper's acquisition); the field of view is kept.")]
    [DefaultValue(512)]
    public int Matrix { get; init; } = 512;

    [CommandOption("--small")]
    [Description("Shorthand for --matrix 128: fast data for CI and tests.")]
    public bool Small { get; init; }

    public int EffectiveMatrix => Small ? SmallMatrix : Matrix;

    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(OutputFolder))
        {
            return ValidationResult.Error("--out is required: the folder to write the dataset into.");
        }

        if (Cases < 1)
        {
            return ValidationResult.Error($"--cases must be at least 1, got {Cases}.");
        }

        if (Small && Matrix != 512)
        {
            return ValidationResult.Error("Give either --small or --matrix, not both.");
        }

        return EffectiveMatrix is < SyntheticDatasetOptions.MinMatrix or > SyntheticDatasetOptions.MaxMatrix
            ? ValidationResult.Error($"--matrix must be between {SyntheticDatasetOptions.MinMatrix} and " +
                                     $"{SyntheticDatasetOptions.MaxMatrix}, got {Matrix}.")
            : ValidationResult.Success();
    }
}
