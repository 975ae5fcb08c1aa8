using Experiments.Contracts.Preprocessing;
using Experiments.Data.Preprocessing;
using Experiments.Imaging;
using Experiments.Imaging.Dicom.Series;

namespace Experiments.Bench.Preprocessing;

/// <summary>A case read from a DICOM folder, without masks.</summary>
internal sealed class FolderCaseSource(string id, string folder) : ICaseSource
{
    public string Id { get; } = id;

    public IReadOnlyList<string> InputFiles { get; } = Directory.GetFiles(folder).Order().ToArray();

    public ImagingCase Load() =>
        new(Id, new DicomSeriesReader().Read(folder).Volume, new Dictionary<string, Volume>());
}
