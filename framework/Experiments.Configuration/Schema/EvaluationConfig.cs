using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Experiments.Configuration.Binding;

namespace Experiments.Configuration.Schema;

public sealed class EvaluationConfig
{
    [Description("Probability above which a voxel or case counts as positive.")]
    [Range(0.0, 1.0)]
    public double Threshold { get; set; } = 0.5;

    [Description("Validate every this many epochs.")]
    [Range(1, 100_000)]
    public int EveryEpochs { get; set; } = 1;

    [Description("Scans (DICOM series folders or NIfTI files, relative to this file) the best checkpoint " +
                 "predicts after training, as `experiments predict` does; outputs are logged with the run. " +
                 "A scan that is missing or unreadable is reported and skipped.")]
    [RelativeToFile]
    public List<string> PredictScans { get; set; } = [];
}
