using System.ComponentModel;
using Spectre.Console.Cli;

namespace Experiments.Cli.Commands;

public sealed class ConvertSettings : CommonSettings
{
    [CommandArgument(0, "<DICOM_DIR>")]
    [Description("Folder holding the DICOM slices of the series.")]
    public string DicomFolder { get; init; } = "";

    [CommandArgument(1, "<OUT>")]
    [Description("The NIfTI file to write: .nii or .nii.gz (float32 Hounsfield units, sform and qform).")]
    public string Output { get; init; } = "";

    [CommandOption("--series <UID>")]
    [Description("Series Instance UID to convert; default: the CT series with the most slices.")]
    public string? SeriesInstanceUid { get; init; }

    [CommandOption("--uneven-spacing <POLICY>")]
    [Description("refuse (default) or resample a series with uneven spacing or missing slices.")]
    public string UnevenSpacing { get; init; } = "refuse";

    [CommandOption("--gantry-tilt <POLICY>")]
    [Description("refuse (default) or resample a gantry-tilted series onto an orthogonal grid.")]
    public string GantryTilt { get; init; } = "refuse";
}
