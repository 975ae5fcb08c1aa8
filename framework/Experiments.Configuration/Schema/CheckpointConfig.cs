using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Experiments.Configuration.Binding;

namespace Experiments.Configuration.Schema;

public sealed class CheckpointConfig
{
    [Description("Folder of the checkpoints (relative to the experiment file).")]
    [RelativeToFile]
    public string Folder { get; set; } = "checkpoints";

    [Description("Checkpoints of the latest epochs kept; older ones are deleted.")]
    [Range(0, 10_000)]
    public int KeepLast { get; set; } = 2;

    [Description("Checkpoints with the best `best_metric` kept.")]
    [Range(0, 10_000)]
    public int KeepBest { get; set; } = 1;

    [Description("A checkpoint every this many epochs.")]
    [Range(1, 100_000)]
    public int EveryEpochs { get; set; } = 1;

    [Description("Validation metric that ranks checkpoints for keep_best.")]
    public string BestMetric { get; set; } = "val.loss";

    [Description("Whether a lower (min) or higher (max) best_metric is better.")]
    public MetricGoal BestMode { get; set; } = MetricGoal.Min;
}
