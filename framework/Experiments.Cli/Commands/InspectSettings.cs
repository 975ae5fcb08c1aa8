using System.ComponentModel;
using Spectre.Console.Cli;

namespace Experiments.Cli.Commands;

public sealed class InspectSettings : CommonSettings
{
    [CommandArgument(0, "<PATH>")]
    [Description("A NIfTI file (.nii, .nii.gz, .hdr/.img) or a folder of DICOM slices.")]
    public string Path { get; init; } = "";

    [CommandOption("--json")]
    [Description("Print one JSON object (shape, spacing, affine, value statistics) instead of tables.")]
    public bool Json { get; init; }

    [CommandOption("--show-identifiers")]
    [Description("Also print header fields that may identify the patient (hidden by default).")]
    public bool ShowIdentifiers { get; init; }
}
