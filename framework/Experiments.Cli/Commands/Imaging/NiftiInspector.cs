using Experiments.Imaging;
using Experiments.Imaging.Nifti;

namespace Experiments.Cli.Commands.Imaging;

/// <summary>Builds the inspection report of a NIfTI file.</summary>
public static class NiftiInspector
{
    public static InspectionReport Inspect(string path, bool showIdentifiers)
    {
        var warnings = new WarningCollector<NiftiReader>();
        var image = new NiftiReader(warnings).Read(path);
        var header = image.Header;
        var geometry = GeometryDescription.Of(image.Geometry);
        var statistics = VolumeStatistics.Of(Enumerable.Range(0, image.VolumeCount).Select(t => image.GetVolume(t)));
        return new InspectionReport
        {
            Path = path,
            Format = $"nifti-{header.Version}",
            Datatype = header.DataType.DisplayName(),
            Shape = header.Shape,
            Spacing = geometry.Spacing,
            Origin = geometry.Origin,
            Direction = geometry.Direction,
            Affine = geometry.Affine,
            Orientation = geometry.Orientation,
            AffineSource = image.AffineSource switch
            {
                NiftiAffineSource.Sform => "sform",
                NiftiAffineSource.Qform => "qform",
                _ => "pixdim",
            },
            Statistics = ValueStatistics.From(statistics),
            Identifiers = showIdentifiers ? new Dictionary<string, string> { ["descrip"] = header.Description } : null,
            Warnings = warnings.Warnings,
        };
    }
}
