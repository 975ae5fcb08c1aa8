using Experiments.Imaging.Dicom;
using Experiments.Imaging.Dicom.Parsing;
using Experiments.Imaging.Dicom.Writing;
using Experiments.Testing;

namespace Experiments.Imaging.Tests.Dicom;

/// <summary>
/// Lossless JPEG streams made by an independent encoder (dcmtk's dcmcjpeg) from our writer's
/// slices, one per predictor (selection value) and with a point transform, decode to the input.
/// </summary>
public class JpegLosslessDecoderTests
{
    public static TheoryData<int> Predictors => [1, 2, 3, 4, 5, 6, 7];

    [Theory]
    [MemberData(nameof(Predictors))]
    public void Every_predictor_decodes_to_the_original_pixels(int predictor)
    {
        using var folder = new TemporaryFolder();
        var (original, encoded) = Encode(folder, "+el", "+sv", predictor.ToString());

        var file = DicomFile.Read(encoded);

        Assert.Equal(DicomUids.JpegLosslessProcess14, file.TransferSyntax.Uid);
        Assert.Equal(DecodedPixels.Of(original).Values, DecodedPixels.Of(file).Values);
    }

    [Fact]
    public void Point_transform_restores_the_kept_high_bits()
    {
        using var folder = new TemporaryFolder();
        var (original, encoded) = Encode(folder, "+el", "+sv", "1", "+pt", "2");

        var decoded = DecodedPixels.Of(DicomFile.Read(encoded)).Values;

        // The encoder drops the 2 low bits of each 16-bit sample; the sign survives in the high bits.
        var expected = DecodedPixels.Of(original).Values.Select(v => (int)(short)((ushort)v >> 2 << 2)).ToArray();
        Assert.Equal(expected, decoded);
    }

    private static (DicomFile Original, string Encoded) Encode(TemporaryFolder folder, params string[] options)
    {
        var volume = SyntheticVolumes.Phantom(new(40, 33, 1), SyntheticVolumes.ObliqueGeometry(), seed: 11);
        var written = DicomSeriesWriter.Write(folder.Path, volume, new CtSeriesDescription { UidSeed = "jpeg" })[0];
        var encoded = folder.File("encoded.dcm");
        var result = ExternalTool.Run("dcmcjpeg", [.. options, written, encoded]);
        Assert.True(result.ExitCode == 0, $"dcmcjpeg failed: {result.StandardError}");
        return (DicomFile.Read(written), encoded);
    }
}
