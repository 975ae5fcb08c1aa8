using Experiments.Imaging.Dicom.Parsing;
using Experiments.Imaging.Dicom.PixelData;
using Experiments.Imaging.Dicom.Writing;

namespace Experiments.Imaging.Tests.Dicom;

public class DicomEncodingTests
{
    [Theory]
    [InlineData(0x0FFF, 12, 11, true, -1)]
    [InlineData(0x0800, 12, 11, true, -2048)]
    [InlineData(0x07FF, 12, 11, true, 2047)]
    [InlineData(0xF7FF, 12, 11, true, 2047)]
    [InlineData(0xFFFF, 12, 11, false, 4095)]
    [InlineData(0x3FF0, 10, 13, false, 1023)]
    [InlineData(0x8000, 16, 15, true, -32768)]
    public void Stored_value_keeps_BitsStored_bits_below_HighBit_and_extends_their_sign(
        int bits, int bitsStored, int highBit, bool signed, int expected)
    {
        Assert.Equal(expected, new StoredValueLayout(bitsStored, highBit, signed).Extract(bits));
    }

    [Theory]
    [InlineData(-125.0, "-125")]
    [InlineData(0.48828125, "0.48828125")]
    [InlineData(-123.540457123456789, "-123.54045712346")]
    [InlineData(1e-13, "0")]
    [InlineData(0.000012345678901234, "1.2345678901E-05")]
    public void Decimal_strings_fit_16_characters_with_the_most_digits(double value, string expected)
    {
        var text = DecimalStringFormatter.Format(value);

        Assert.Equal(expected, text);
        Assert.True(text.Length <= 16);
    }

    [Fact]
    public void Seeded_UIDs_are_repeatable_valid_and_distinct_per_purpose()
    {
        var first = new DicomUidGenerator("seed");
        var again = new DicomUidGenerator("seed");

        var series = first.Create("series");

        Assert.Equal(series, again.Create("series"));
        Assert.NotEqual(series, first.Create("study"));
        Assert.StartsWith("2.25.", series);
        Assert.True(series.Length <= 64);
        Assert.Matches("^2\\.25\\.[1-9][0-9]*$", series);
    }

    [Fact]
    public void Header_only_read_sees_the_same_attributes_as_a_full_read()
    {
        var path = ReferenceData.FullPath("dicom/dcm_qa_ts/3.dcm");

        var header = DicomFile.ReadHeader(path);
        var full = DicomFile.Read(path);

        Assert.Equal(full.Dataset.Elements.Select(e => e.Tag), header.Dataset.Elements.Select(e => e.Tag));
        Assert.Equal(full.Dataset.GetDecimals(Imaging.Dicom.DicomTags.ImagePositionPatient),
            header.Dataset.GetDecimals(Imaging.Dicom.DicomTags.ImagePositionPatient));
        Assert.True(header.Dataset.Find(Imaging.Dicom.DicomTags.PixelData)!.Value.IsEmpty);
    }

    [Fact]
    public void Dataset_shifted_by_a_stray_byte_is_refused_as_not_DICOM()
    {
        var path = ReferenceData.FullPath("dicom/pydicom/no_meta.dcm");

        var error = Assert.Throws<DicomFormatException>(() => DicomFile.Read(path));

        Assert.Equal(DicomFormatProblem.NotDicom, error.Problem);
        Assert.Contains("does not start a dataset", error.Message);
    }

    [Fact]
    public void Raw_dataset_without_preamble_is_read_as_implicit_little_endian_and_MONOCHROME1_is_noted()
    {
        var file = DicomFile.Read(ReferenceData.FullPath("dicom/fo-dicom/CR-MONO1-10-chest"));

        Assert.False(file.HasPreamble);
        Assert.False(file.HasMeta);
        Assert.True(ImagePixelDescription.FromDataset(file.Dataset).IsMonochrome1);
    }
}
