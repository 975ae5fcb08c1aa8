namespace Experiments.Imaging.Nifti;

/// <summary>Facts about the supported NIfTI datatypes.</summary>
public static class NiftiDataTypes
{
    /// <summary>Whether <paramref name="code"/> is a datatype this library decodes.</summary>
    public static bool IsSupported(short code) => Enum.IsDefined(typeof(NiftiDataType), code);

    public static int BytesPerVoxel(this NiftiDataType type) => type switch
    {
        NiftiDataType.UInt8 or NiftiDataType.Int8 => 1,
        NiftiDataType.Int16 or NiftiDataType.UInt16 => 2,
        NiftiDataType.Int32 or NiftiDataType.UInt32 or NiftiDataType.Float32 => 4,
        NiftiDataType.Int64 or NiftiDataType.UInt64 or NiftiDataType.Float64 => 8,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Not a supported NIfTI datatype."),
    };

    /// <summary>The lower-case name nibabel and numpy use, e.g. <c>int16</c>.</summary>
    public static string DisplayName(this NiftiDataType type) => type.ToString().ToLowerInvariant();

    /// <summary>The standard's name for a datatype code, also for the codes this library does not decode.</summary>
    public static string NameOfCode(short code) => code switch
    {
        1 => "binary",
        32 => "complex64",
        128 => "rgb24",
        1536 => "float128",
        1792 => "complex128",
        2048 => "complex256",
        2304 => "rgba32",
        _ when IsSupported(code) => ((NiftiDataType)code).DisplayName(),
        _ => "unknown",
    };
}
