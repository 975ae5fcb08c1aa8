using System.Buffers.Binary;
using System.IO.Compression;
using Experiments.Imaging.Nifti;
using Experiments.Testing;

namespace Experiments.Imaging.Tests.Nifti;

/// <summary>Broken or unsupported files get a clear error naming the file, never garbage.</summary>
public class NiftiBadFileTests
{
    [Fact]
    public void Truncated_header_is_reported_with_the_file_name()
    {
        using var folder = new TemporaryFolder();
        var path = WriteBytes(folder, "short.nii", ValidFileBytes()[..200]);

        var error = Assert.Throws<NiftiFormatException>(() => new NiftiReader().Read(path));

        Assert.Contains(path, error.Message);
        Assert.Contains("header is truncated", error.Message);
    }

    [Fact]
    public void Wrong_sizeof_hdr_is_reported_with_the_value_found()
    {
        using var folder = new TemporaryFolder();
        var bytes = ValidFileBytes();
        BinaryPrimitives.WriteInt32LittleEndian(bytes, 123);
        var path = WriteBytes(folder, "wrong.nii", bytes);

        var error = Assert.Throws<NiftiFormatException>(() => new NiftiReader().Read(path));

        Assert.Contains(path, error.Message);
        Assert.Contains("sizeof_hdr is 123", error.Message);
    }

    [Fact]
    public void Voxel_data_shorter_than_the_dims_is_reported_with_both_sizes()
    {
        using var folder = new TemporaryFolder();
        var bytes = ValidFileBytes();
        var path = WriteBytes(folder, "cut.nii.gz", Gzip(bytes[..^10]));

        var error = Assert.Throws<NiftiFormatException>(() => new NiftiReader().Read(path));

        Assert.Contains(path, error.Message);
        Assert.Contains($"{bytes.Length - 352 - 10} of {bytes.Length - 352} bytes", error.Message);
    }

    [Fact]
    public void Corrupt_gzip_stream_is_reported_as_a_broken_file()
    {
        using var folder = new TemporaryFolder();
        var gz = Gzip(ValidFileBytes());
        var path = WriteBytes(folder, "corrupt.nii.gz", gz[..(gz.Length / 2)]);

        var error = Assert.Throws<NiftiFormatException>(() => new NiftiReader().Read(path));

        Assert.Contains(path, error.Message);
    }

    [Fact]
    public void Unsupported_datatype_names_its_code()
    {
        using var folder = new TemporaryFolder();
        var bytes = ValidFileBytes();
        BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(70), 32);
        var path = WriteBytes(folder, "complex.nii", bytes);

        var error = Assert.Throws<NotSupportedException>(() => new NiftiReader().Read(path));

        Assert.Contains("datatype code 32 (complex64)", error.Message);
        Assert.Contains(path, error.Message);
    }

    [Fact]
    public void Analyze_header_without_magic_is_refused_as_unsupported()
    {
        using var folder = new TemporaryFolder();
        var bytes = ValidFileBytes();
        bytes.AsSpan(344, 4).Clear();
        var path = WriteBytes(folder, "analyze.nii", bytes);

        var error = Assert.Throws<NotSupportedException>(() => new NiftiReader().Read(path));

        Assert.Contains("Analyze 7.5", error.Message);
    }

    [Fact]
    public void Missing_file_is_reported_by_name()
    {
        var error = Assert.Throws<FileNotFoundException>(() => new NiftiReader().Read("/nonexistent/ct.nii.gz"));

        Assert.Contains("/nonexistent/ct.nii.gz", error.Message);
    }

    [Fact]
    public void Four_dimensional_file_is_refused_where_one_volume_is_expected()
    {
        var path = RepositoryPaths.SharedFile("nifti/nibabel/example4d.nii.gz");

        var error = Assert.Throws<NiftiFormatException>(() => new NiftiReader().ReadVolume(path));

        Assert.Contains("found 2", error.Message);
    }

    /// <summary>A valid 7 x 6 x 5 float32 .nii written by our writer.</summary>
    internal static byte[] ValidFileBytes()
    {
        using var folder = new TemporaryFolder();
        NiftiWriter.Write(TestVolumes.Ct(TestVolumes.Oblique()), folder.File("valid.nii"));
        return File.ReadAllBytes(folder.File("valid.nii"));
    }

    internal static string WriteBytes(TemporaryFolder folder, string name, byte[] bytes)
    {
        File.WriteAllBytes(folder.File(name), bytes);
        return folder.File(name);
    }

    private static byte[] Gzip(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest))
        {
            gzip.Write(bytes);
        }

        return buffer.ToArray();
    }
}
