using Experiments.Testing;

namespace Experiments.Imaging.Tests.Dicom;

/// <summary>Runs dcm2niix (as reference.json did: -z n -b n) on a folder and loads its main output.</summary>
internal static class Dcm2Niix
{
    public static NiftiTestImage Convert(string dicomFolder, TemporaryFolder output) =>
        Convert(dicomFolder, output, out _);

    /// <param name="messages">What dcm2niix printed (its warnings start with "Warning:").</param>
    public static NiftiTestImage Convert(string dicomFolder, TemporaryFolder output, out string messages)
    {
        var result = ExternalTool.Run("dcm2niix", "-z", "n", "-b", "n", "-f", "series", "-o", output.Path, dicomFolder);
        Assert.True(result.ExitCode == 0,
            $"dcm2niix failed on {dicomFolder}: {result.StandardOutput}{result.StandardError}");
        messages = result.StandardOutput + result.StandardError;
        var main = output.File("series.nii");
        Assert.True(File.Exists(main), $"dcm2niix wrote no {main}: {result.StandardOutput}");
        return NiftiTestImage.Read(main);
    }
}
