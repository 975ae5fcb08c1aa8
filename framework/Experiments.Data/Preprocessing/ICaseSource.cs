using Experiments.Contracts.Preprocessing;

namespace Experiments.Data.Preprocessing;

/// <summary>A case as the dataset provides it: the files it is read from and how to read them.</summary>
public interface ICaseSource
{
    string Id { get; }

    /// <summary>Every file the case is read from (series slices, mask); their content keys the cache.</summary>
    IReadOnlyList<string> InputFiles { get; }

    ImagingCase Load();
}
