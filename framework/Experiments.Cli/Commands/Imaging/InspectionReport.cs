namespace Experiments.Cli.Commands.Imaging;

/// <summary>
/// What <c>experiments inspect</c> reports about an image, in the order and with the names its
/// JSON output uses (snake_case). Matrices are lists of rows.
/// </summary>
public sealed record InspectionReport
{
    public required string Path { get; init; }

    /// <summary><c>nifti-1</c>, <c>nifti-2</c> or <c>dicom-series</c>.</summary>
    public required string Format { get; init; }

    /// <summary>The stored voxel type, e.g. <c>int16</c>; values are reported after scaling.</summary>
    public required string? Datatype { get; init; }

    public required IReadOnlyList<long> Shape { get; init; }

    public required double[] Spacing { get; init; }

    public required double[] Origin { get; init; }

    /// <summary>Rows of the 3 x 3 direction matrix whose columns are the unit i, j, k axes (RAS+).</summary>
    public required double[][] Direction { get; init; }

    /// <summary>The 4 x 4 voxel-to-world matrix, RAS+ millimetres.</summary>
    public required double[][] Affine { get; init; }

    /// <summary>Where each voxel axis points, e.g. <c>LAS</c>.</summary>
    public required string Orientation { get; init; }

    /// <summary>What gave the affine: <c>sform</c>, <c>qform</c>, <c>pixdim</c> or <c>dicom</c>.</summary>
    public required string AffineSource { get; init; }

    public required ValueStatistics Statistics { get; init; }

    /// <summary>For a DICOM folder: how the slices are spaced; null for NIfTI files.</summary>
    public SliceSpacingReport? SliceSpacing { get; init; }

    /// <summary>Free-text header fields that may identify a patient; only filled with --show-identifiers.</summary>
    public IReadOnlyDictionary<string, string>? Identifiers { get; init; }

    public required IReadOnlyList<string> Warnings { get; init; }
}
