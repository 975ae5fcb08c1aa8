using System.Text.Json;
using Experiments.Imaging.Dicom;
using Experiments.Imaging.Dicom.Parsing;

namespace Experiments.Imaging.Tests.Dicom;

/// <summary>Every single-file value in reference.json, reproduced by our parser and decoders.</summary>
public class DicomFileReferenceTests
{
    private static readonly string[] RefusedSyntaxes =
    [
        DicomUids.Jpeg2000Lossless, DicomUids.Jpeg2000, DicomUids.JpegLsLossless, DicomUids.JpegExtended,
    ];

    public static TheoryData<string> DecodableFiles => ReferenceData.Paths(f =>
        !f.IsNull("pixel_array_md5_little_endian") && !RefusedSyntaxes.Contains(Syntax(f)));

    public static TheoryData<string> RefusedFiles => ReferenceData.Paths(f => RefusedSyntaxes.Contains(Syntax(f)));

    public static TheoryData<string> HeaderFiles => ReferenceData.Paths(f => !f.IsNull("Rows"));

    [Theory]
    [MemberData(nameof(HeaderFiles))]
    public void Header_attributes_match_the_reference(string path)
    {
        var expected = ReferenceData.File(path);
        var file = DicomFile.Read(ReferenceData.FullPath(path));
        var dataset = file.Dataset;

        Assert.Equal(expected.GetProperty("has_preamble_DICM").GetBoolean(), file.HasPreamble);
        Assert.Equal(expected.GetProperty("file_meta_present").GetBoolean(), file.HasMeta);
        var syntax = Syntax(expected);
        Assert.Equal(syntax ?? DicomUids.ImplicitVrLittleEndian, file.TransferSyntax.Uid);
        Assert.Equal(Text(expected, "Modality"), dataset.GetText(DicomTags.Modality));
        Assert.Equal(Text(expected, "SeriesInstanceUID"), dataset.GetText(DicomTags.SeriesInstanceUid));
        foreach (var (name, tag) in UInt16Attributes)
        {
            Assert.Equal(Integer(expected, name), dataset.GetUInt16(tag));
        }

        Assert.Equal(Integer(expected, "InstanceNumber"), dataset.GetInteger(DicomTags.InstanceNumber));
        Assert.Equal(Text(expected, "PhotometricInterpretation"), dataset.GetText(DicomTags.PhotometricInterpretation));
        foreach (var (name, tag) in DecimalAttributes)
        {
            AssertDecimals(expected, name, dataset.GetDecimals(tag));
        }
    }

    [Theory]
    [MemberData(nameof(DecodableFiles))]
    public void Decoded_pixels_match_the_reference(string path)
    {
        var expected = ReferenceData.File(path);
        var pixels = DecodedPixels.Of(DicomFile.Read(ReferenceData.FullPath(path)));

        Assert.Equal(expected.GetProperty("pixel_array_shape").Doubles().Aggregate(1.0, (a, b) => a * b),
            pixels.Values.Length);
        AssertStatistics(expected.GetProperty("stored_values"), pixels.Values.Select(v => (double)v).ToList());
        var rescale = expected.GetProperty("rescale_used");
        var slope = rescale.GetProperty("slope").GetDouble();
        var intercept = rescale.GetProperty("intercept").GetDouble();
        AssertStatistics(expected.GetProperty("rescaled_values"),
            pixels.Values.Select(v => v * slope + intercept).ToList());
        Assert.Equal(expected.GetProperty("stored_value_at_row0_col0").GetDouble(), pixels.Values[0]);
        Assert.Equal(expected.GetProperty("stored_value_at_center").GetProperty("value").GetDouble(), pixels.AtCentre);
        Assert.Equal(expected.GetProperty("pixel_array_md5_little_endian").GetString(), pixels.Md5());
    }

    [Theory]
    [MemberData(nameof(RefusedFiles))]
    public void Compressed_syntax_we_do_not_decode_is_refused_with_a_conversion_hint(string path)
    {
        var file = DicomFile.Read(ReferenceData.FullPath(path));

        var error = Assert.Throws<NotSupportedException>(() => DecodedPixels.Of(file));

        Assert.Contains(file.TransferSyntax.Uid, error.Message);
        Assert.Contains(path, error.Message);
        Assert.Contains(file.TransferSyntax.Uid.StartsWith("1.2.840.10008.1.2.4.9", StringComparison.Ordinal)
            ? "gdcmconv --raw" : file.TransferSyntax.Uid == DicomUids.JpegExtended ? "dcmdjpeg" : "dcmdjpls",
            error.Message);
    }

    [Fact]
    public void Big_endian_file_with_undefined_length_UN_element_matches_dcmtk()
    {
        const string path = "dicom/fo-dicom/GH177_D_CLUNIE_CT1_IVRLE_BigEndian_undefined_length.dcm";
        var expected = ReferenceData.File(path).GetProperty("values_via_dcmtk_conversion_to_explicit_LE");
        var file = DicomFile.Read(ReferenceData.FullPath(path));
        var pixels = DecodedPixels.Of(file);

        Assert.Equal(DicomUids.ExplicitVrBigEndian, file.TransferSyntax.Uid);
        Assert.Equal(expected.GetProperty("ImagePositionPatient").Doubles(),
            file.Dataset.GetDecimals(DicomTags.ImagePositionPatient));
        Assert.Equal(expected.GetProperty("Rows").GetInt32(), pixels.Description.Rows);
        AssertStatistics(expected.GetProperty("stored_values"), pixels.Values.Select(v => (double)v).ToList());
        Assert.Equal(expected.GetProperty("stored_value_at_center").GetDouble(), pixels.AtCentre);
        Assert.Equal(expected.GetProperty("pixel_array_md5_little_endian").GetString(), pixels.Md5());
    }

    [Fact]
    public void Truncated_file_is_refused_with_its_name_and_offset()
    {
        var path = ReferenceData.FullPath("dicom/pydicom/rtplan_truncated.dcm");

        var error = Assert.Throws<DicomFormatException>(() => DicomFile.Read(path));

        Assert.Equal(DicomFormatProblem.Truncated, error.Problem);
        Assert.Equal(path, error.FilePath);
        Assert.NotNull(error.Offset);
        Assert.Contains("truncated", error.Message);
        Assert.Contains(path, error.Message);
    }

    private static readonly (string Name, DicomTag Tag)[] UInt16Attributes =
    [
        ("Rows", DicomTags.Rows), ("Columns", DicomTags.Columns), ("BitsAllocated", DicomTags.BitsAllocated),
        ("BitsStored", DicomTags.BitsStored), ("HighBit", DicomTags.HighBit),
        ("PixelRepresentation", DicomTags.PixelRepresentation), ("SamplesPerPixel", DicomTags.SamplesPerPixel),
    ];

    private static readonly (string Name, DicomTag Tag)[] DecimalAttributes =
    [
        ("RescaleSlope", DicomTags.RescaleSlope), ("RescaleIntercept", DicomTags.RescaleIntercept),
        ("ImagePositionPatient", DicomTags.ImagePositionPatient),
        ("ImageOrientationPatient", DicomTags.ImageOrientationPatient),
        ("PixelSpacing", DicomTags.PixelSpacing), ("SliceThickness", DicomTags.SliceThickness),
    ];

    private static string? Syntax(JsonElement file) =>
        file.IsNull("transfer_syntax_uid") ? null : file.GetProperty("transfer_syntax_uid").GetString();

    private static string? Text(JsonElement file, string name) =>
        file.IsNull(name) ? null : file.GetProperty(name).GetString();

    private static int? Integer(JsonElement file, string name) =>
        file.IsNull(name) ? null : file.GetProperty(name).GetInt32();

    private static void AssertDecimals(JsonElement file, string name, double[]? actual)
    {
        if (file.IsNull(name))
        {
            Assert.Null(actual);
            return;
        }

        var value = file.GetProperty(name);
        var expected = value.ValueKind == JsonValueKind.Array ? value.Doubles() : [value.GetDouble()];
        Assert.NotNull(actual);
        Assert.Equal(expected.Length, actual.Length);
        for (var n = 0; n < expected.Length; n++)
        {
            Assert.Equal(expected[n], actual[n], 1e-9);
        }
    }

    /// <summary>Min and max exactly; the mean to 1e-9 relative (pydicom sums in float64 too).</summary>
    private static void AssertStatistics(JsonElement expected, IReadOnlyList<double> values)
    {
        Assert.Equal(expected.GetProperty("min").GetDouble(), values.Min());
        Assert.Equal(expected.GetProperty("max").GetDouble(), values.Max());
        var mean = expected.GetProperty("mean").GetDouble();
        Assert.Equal(mean, values.Average(), Math.Max(1e-9, Math.Abs(mean) * 1e-9));
    }
}
