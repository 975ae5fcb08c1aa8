using System.IO.Compression;

namespace Experiments.Imaging.Nifti;

/// <summary>
/// Where a NIfTI image's header and voxels live: one <c>.nii</c>/<c>.nii.gz</c> file, or a
/// <c>.hdr</c>/<c>.img</c> pair (either may be gzipped). Gzip is recognised by content, not name.
/// </summary>
public sealed record NiftiFiles(string HeaderPath, string DataPath)
{
    public bool IsPair => HeaderPath != DataPath;

    public static NiftiFiles Locate(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"NIfTI file '{path}' does not exist.", path);
        }

        if (HasExtension(path, ".nii") || HasExtension(path, ".nii.gz"))
        {
            return new NiftiFiles(path, path);
        }

        if (HasExtension(path, ".hdr") || HasExtension(path, ".hdr.gz"))
        {
            return new NiftiFiles(path, Partner(path, ".hdr", ".img"));
        }

        if (HasExtension(path, ".img") || HasExtension(path, ".img.gz"))
        {
            return new NiftiFiles(Partner(path, ".img", ".hdr"), path);
        }

        throw new NotSupportedException(
            $"'{path}' is not named like a NIfTI file; expected .nii, .nii.gz, .hdr or .img (optionally .gz).");
    }

    /// <summary>Opens a file for reading, decompressing it when it starts with the gzip signature.</summary>
    public static Stream OpenDecompressed(string path)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        Span<byte> signature = stackalloc byte[2];
        var read = file.ReadAtLeast(signature, 2, throwOnEndOfStream: false);
        file.Position = 0;
        return read == 2 && signature[0] == 0x1f && signature[1] == 0x8b
            ? new BufferedStream(new GZipStream(file, CompressionMode.Decompress), 1 << 16)
            : file;
    }

    private static bool HasExtension(string path, string extension) =>
        path.EndsWith(extension, StringComparison.OrdinalIgnoreCase);

    private static string Partner(string path, string ownExtension, string partnerExtension)
    {
        var gz = HasExtension(path, ".gz");
        var stem = path[..^(ownExtension.Length + (gz ? 3 : 0))];
        string[] candidates =
        [
            stem + partnerExtension, stem + partnerExtension + ".gz",
            stem + partnerExtension.ToUpperInvariant(), stem + partnerExtension.ToUpperInvariant() + ".gz",
        ];
        return candidates.FirstOrDefault(File.Exists)
               ?? throw new FileNotFoundException(
                   $"'{path}' is half of a NIfTI pair, but its partner '{stem + partnerExtension}' " +
                   "(or .gz) is missing.",
                   stem + partnerExtension);
    }
}
