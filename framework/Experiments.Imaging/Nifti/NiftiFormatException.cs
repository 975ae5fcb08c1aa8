namespace Experiments.Imaging.Nifti;

/// <summary>A NIfTI file that is broken or inconsistent; the message names the file and what is wrong.</summary>
public sealed class NiftiFormatException : IOException
{
    public NiftiFormatException(string path, string problem)
        : base($"NIfTI file '{path}': {problem}")
    {
        FilePath = path;
    }

    public NiftiFormatException(string path, string problem, Exception inner)
        : base($"NIfTI file '{path}': {problem}", inner)
    {
        FilePath = path;
    }

    public string FilePath { get; }
}
