using System.Buffers.Binary;

namespace Experiments.Imaging.Tests.Dicom;

/// <summary>
/// Just enough of a NIfTI-1 reader (little-endian .nii, sform) to check dcm2niix's output in the
/// cross-check tests; the framework's own NIfTI reader is tested elsewhere.
/// </summary>
internal sealed class NiftiTestImage
{
    private NiftiTestImage(int[] shape, double[,] affine, float[] voxels)
    {
        Shape = shape;
        Affine = affine;
        Voxels = voxels;
    }

    public int[] Shape { get; }

    /// <summary>The sform (RAS, mm), rows 0-2 of the 4 x 4 matrix.</summary>
    public double[,] Affine { get; }

    /// <summary>Scaled values, first index fastest.</summary>
    public float[] Voxels { get; }

    public float this[int i, int j, int k] => Voxels[i + Shape[0] * (j + Shape[1] * k)];

    public static NiftiTestImage Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var header = bytes.AsSpan();
        Assert.Equal(348, BinaryPrimitives.ReadInt32LittleEndian(header));
        int[] shape = [Short(header, 42), Short(header, 44), Short(header, 46)];
        Assert.True(BinaryPrimitives.ReadInt16LittleEndian(header[254..]) > 0, $"{path} has no sform");
        var affine = new double[3, 4];
        for (var r = 0; r < 3; r++)
        {
            for (var c = 0; c < 4; c++)
            {
                affine[r, c] = Float(header, 280 + 16 * r + 4 * c);
            }
        }

        var slope = Float(header, 112);
        var intercept = Float(header, 116);
        if (slope == 0 || float.IsNaN(slope))
        {
            (slope, intercept) = (1, 0);
        }

        var data = header[(int)Float(header, 108)..];
        var voxels = new float[shape[0] * shape[1] * shape[2]];
        var datatype = Short(header, 70);
        for (var n = 0; n < voxels.Length; n++)
        {
            double raw = datatype switch
            {
                2 => data[n],
                4 => BinaryPrimitives.ReadInt16LittleEndian(data[(2 * n)..]),
                512 => BinaryPrimitives.ReadUInt16LittleEndian(data[(2 * n)..]),
                16 => BinaryPrimitives.ReadSingleLittleEndian(data[(4 * n)..]),
                _ => throw new NotSupportedException($"{path}: NIfTI datatype {datatype} in a dcm2niix output"),
            };
            voxels[n] = (float)(raw * slope + intercept);
        }

        return new NiftiTestImage(shape, affine, voxels);
    }

    private static short Short(ReadOnlySpan<byte> header, int offset) =>
        BinaryPrimitives.ReadInt16LittleEndian(header[offset..]);

    private static float Float(ReadOnlySpan<byte> header, int offset) =>
        BinaryPrimitives.ReadSingleLittleEndian(header[offset..]);
}
