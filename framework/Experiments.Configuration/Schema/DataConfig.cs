using System.ComponentModel;
using Experiments.Configuration.Binding;

namespace Experiments.Configuration.Schema;

public sealed class DataConfig
{
    [Description("The dataset file listing the cases, their images, masks and labels (relative to this file).")]
    [RelativeToFile]
    public required string Dataset { get; set; }

    [Description("Folder for preprocessed cases, reused while the preprocessing settings are unchanged.")]
    [RelativeToFile]
    public string Cache { get; set; } = ".cache/preprocessed";

    [Description("k-fold cross-validation instead of the dataset's validation list; absent: use that list.")]
    public FoldsConfig? Folds { get; set; }

    [Description("Write a synthetic dataset to data.dataset's folder when that file does not exist yet.")]
    public SyntheticDataConfig? Synthetic { get; set; }
}
