using Experiments.Imaging.Nifti;

namespace Experiments.Imaging.Tests.Nifti;

/// <summary>Each supported datatype decodes from both byte orders; the shared files cover only three types.</summary>
public class NiftiVoxelDecoderTests
{
    public static TheoryData<NiftiDataType, byte[], float[]> LittleEndianSamples() => new()
    {
        { NiftiDataType.UInt8, [0, 255], [0, 255] },
        { NiftiDataType.Int8, [0x80, 0x7f], [-128, 127] },
        { NiftiDataType.Int16, [0x00, 0xfc, 0xff, 0x0b], [-1024, 3071] },
        { NiftiDataType.UInt16, [0xff, 0xff, 0x01, 0x00], [65535, 1] },
        { NiftiDataType.Int32, [0xfe, 0xff, 0xff, 0xff, 0x40, 0x42, 0x0f, 0x00], [-2, 1_000_000] },
        { NiftiDataType.UInt32, [0x00, 0x00, 0x00, 0x80, 0x07, 0x00, 0x00, 0x00], [2147483648f, 7] },
        { NiftiDataType.Int64, [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 5, 0, 0, 0, 0, 0, 0, 0], [-1, 5] },
        { NiftiDataType.UInt64, [9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x80], [9, 9.223372e18f] },
        { NiftiDataType.Float32, [0x00, 0x00, 0xc0, 0x3f, 0x00, 0x00, 0x80, 0xc4], [1.5f, -1024] },
        { NiftiDataType.Float64, [0, 0, 0, 0, 0, 0, 0x04, 0x40, 0, 0, 0, 0, 0, 0, 0xe0, 0xbf], [2.5f, -0.5f] },
    };

    [Theory]
    [MemberData(nameof(LittleEndianSamples))]
    public void Little_endian_voxels_decode_to_their_values(NiftiDataType type, byte[] stored, float[] expected)
    {
        var output = new float[expected.Length];

        NiftiVoxelDecoder.Decode(stored, type, bigEndian: false, scaled: null, output);

        Assert.Equal(expected, output);
    }

    [Theory]
    [MemberData(nameof(LittleEndianSamples))]
    public void Big_endian_voxels_decode_to_the_same_values(NiftiDataType type, byte[] stored, float[] expected)
    {
        var size = type.BytesPerVoxel();
        var swapped = stored.Chunk(size).SelectMany(voxel => voxel.Reverse()).ToArray();
        var output = new float[expected.Length];

        NiftiVoxelDecoder.Decode(swapped, type, bigEndian: true, scaled: null, output);

        Assert.Equal(expected, output);
    }

    [Fact]
    public void Scaling_applies_slope_and_intercept_in_double_precision()
    {
        // uint8 2 and 200 with slope 7.1098, intercept -1024 (the shared shear.nii.gz's scaling).
        var output = new float[2];

        NiftiVoxelDecoder.Decode([2, 200], NiftiDataType.UInt8, bigEndian: false, scaled: (7.1098, -1024), output);

        Assert.Equal([(float)(2 * 7.1098 - 1024), (float)(200 * 7.1098 - 1024)], output);
    }
}
