using Experiments.Data.Datasets;

namespace Experiments.Data.Labels;

/// <summary>
/// Finds the mask pairs to label: every case of a dataset file that names a follow-up mask, or a
/// folder with <c>baseline/</c> and <c>followup/</c> subfolders holding masks of the same names.
/// </summary>
public static class ExpansionLabelSources
{
    public const string BaselineFolder = "baseline";
    public const string FollowupFolder = "followup";

    private static readonly string[] MaskEndings = [".nii.gz", ".nii"];

    /// <summary>Cases of the dataset; those without a follow-up mask are returned as skipped ids.</summary>
    public static (IReadOnlyList<ExpansionLabelInput> Inputs, IReadOnlyList<string> Skipped) FromDataset(
        DatasetFile dataset)
    {
        var cases = dataset.AllCases.ToList();
        var inputs = cases
            .Where(item => item.FollowupHematomaPath is not null)
            .Select(item => new ExpansionLabelInput(item.Id, item.HematomaPath, item.FollowupHematomaPath!,
                item.Expansion))
            .ToList();
        var skipped = cases.Where(item => item.FollowupHematomaPath is null).Select(item => item.Id).ToList();
        return (inputs, skipped);
    }

    public static IReadOnlyList<ExpansionLabelInput> FromFolder(string folder)
    {
        var baseline = Path.Combine(folder, BaselineFolder);
        var followup = Path.Combine(folder, FollowupFolder);
        if (!Directory.Exists(baseline) || !Directory.Exists(followup))
        {
            throw new DirectoryNotFoundException(
                $"'{folder}' is neither a dataset file nor a folder with '{BaselineFolder}/' and " +
                $"'{FollowupFolder}/' subfolders of NIfTI masks with matching file names.");
        }

        var baselineMasks = Masks(baseline);
        var followupMasks = Masks(followup);
        var unpaired = baselineMasks.Keys.Except(followupMasks.Keys)
            .Select(id => $"{BaselineFolder}/{id} has no {FollowupFolder}/ mask")
            .Concat(followupMasks.Keys.Except(baselineMasks.Keys)
                .Select(id => $"{FollowupFolder}/{id} has no {BaselineFolder}/ mask"))
            .ToList();
        if (unpaired.Count > 0 || baselineMasks.Count == 0)
        {
            var problem = baselineMasks.Count == 0 ? ["no .nii or .nii.gz masks in " + baseline] : unpaired;
            throw new InvalidDataException($"Masks in '{folder}' do not pair up: " + string.Join("; ", problem));
        }

        return baselineMasks.Keys.Order(StringComparer.Ordinal)
            .Select(id => new ExpansionLabelInput(id, baselineMasks[id], followupMasks[id], RecordedLabel: null))
            .ToList();
    }

    private static Dictionary<string, string> Masks(string folder) =>
        Directory.EnumerateFiles(folder)
            .Select(path => (Path: path, Ending: MaskEndings.FirstOrDefault(e =>
                path.EndsWith(e, StringComparison.OrdinalIgnoreCase))))
            .Where(file => file.Ending is not null)
            .ToDictionary(file => Path.GetFileName(file.Path)[..^file.Ending!.Length], file => file.Path,
                StringComparer.Ordinal);
}
