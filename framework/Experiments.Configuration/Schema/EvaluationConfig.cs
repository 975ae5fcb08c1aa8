using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Experiments.Configuration.Schema;

public sealed class EvaluationConfig
{
    [Description("Probability above which a voxel or case counts as positive.")]
    [Range(0.0, 1.0)]
    public double Threshold { get; set; } = 0.5;

    [Description("Validate every this many epochs.")]
    [Range(1, 100_000)]
    public int EveryEpochs { get; set; } = 1;
}
