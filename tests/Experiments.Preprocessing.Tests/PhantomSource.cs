using Experiments.Contracts.Preprocessing;
using Experiments.Data.Preprocessing;

namespace Experiments.Preprocessing.Tests;

/// <summary>A phantom case whose "input file" holds its image bytes; counts how often it is read.</summary>
internal sealed class PhantomSource : ICaseSource
{
    private readonly ImagingCase _case;
    private int _loads;

    public PhantomSource(string folder, ImagingCase imagingCase)
    {
        _case = imagingCase;
        Id = imagingCase.Id;
        var path = Path.Combine(folder, Id + ".raw");
        var bytes = new byte[imagingCase.Image.Voxels.Length * 4];
        Buffer.BlockCopy(imagingCase.Image.Voxels, 0, bytes, 0, bytes.Length);
        File.WriteAllBytes(path, bytes);
        InputFiles = [path];
    }

    public string Id { get; }

    public IReadOnlyList<string> InputFiles { get; }

    public int Loads => _loads;

    public ImagingCase Load()
    {
        Interlocked.Increment(ref _loads);
        return _case;
    }
}
