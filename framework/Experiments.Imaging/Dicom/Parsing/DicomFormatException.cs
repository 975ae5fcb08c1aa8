namespace Experiments.Imaging.Dicom.Parsing;

/// <summary>A file that cannot be read as DICOM, naming the file and the byte offset of the problem.</summary>
public sealed class DicomFormatException : Exception
{
    public DicomFormatException(DicomFormatProblem problem, string filePath, long? offset, string detail)
        : base(Describe(filePath, offset, detail))
    {
        Problem = problem;
        FilePath = filePath;
        Offset = offset;
    }

    public DicomFormatProblem Problem { get; }

    public string FilePath { get; }

    /// <summary>Byte offset in the file (or in the inflated dataset of a deflated file), if one applies.</summary>
    public long? Offset { get; }

    private static string Describe(string filePath, long? offset, string detail) =>
        offset is null ? $"{filePath}: {detail}" : $"{filePath}: {detail} (at byte offset {offset})";
}
