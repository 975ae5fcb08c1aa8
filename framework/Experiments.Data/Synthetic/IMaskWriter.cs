using Experiments.Imaging;

namespace Experiments.Data.Synthetic;

/// <summary>Writes a 0/1 mask volume to a file; the generator names the file with <see cref="Extension"/>.</summary>
public interface IMaskWriter
{
    /// <summary>The file ending, with its dot, such as <c>.nii.gz</c>.</summary>
    string Extension { get; }

    void Write(string path, Volume mask);
}
