using Spectre.Console.Cli;

namespace Experiments.Cli.Commands;

/// <summary>Registers the image commands: <c>inspect</c> and <c>convert</c>.</summary>
public static class ImagingCommands
{
    public static IConfigurator AddImagingCommands(this IConfigurator config)
    {
        config.AddCommand<InspectCommand>("inspect")
            .WithDescription("Show an image's geometry, orientation and value statistics (NIfTI file or DICOM folder).")
            .WithExample("inspect", "ct.nii.gz", "--json");
        config.AddCommand<ConvertCommand>("convert")
            .WithDescription("Convert a DICOM CT series to a NIfTI volume in Hounsfield units.")
            .WithExample("convert", "case-001/baseline", "case-001/ct.nii.gz", "--uneven-spacing", "resample");
        return config;
    }
}
