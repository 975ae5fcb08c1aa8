using System.Globalization;

namespace Experiments.Data.Synthetic;

/// <summary>Where a generated dataset puts its files, relative to its output folder.</summary>
public sealed class SyntheticDatasetLayout(string outputFolder)
{
    public const string DatasetFileName = "dataset.json";
    private const string MaskExtension = ".nii.gz";

    public string Root { get; } = Path.GetFullPath(outputFolder);

    public string DatasetFile => Path.Combine(Root, DatasetFileName);

    public string SeriesFolder(string caseId) => Path.Combine(Root, "images", caseId);

    public string HematomaMask(string caseId) => Path.Combine(Root, "labels", caseId + "_hematoma" + MaskExtension);

    public string FollowupMask(string caseId) =>
        Path.Combine(Root, "labels", caseId + "_followup_24h" + MaskExtension);

    public static string CaseId(int index) => string.Create(CultureInfo.InvariantCulture, $"synth-{index + 1:D4}");
}
