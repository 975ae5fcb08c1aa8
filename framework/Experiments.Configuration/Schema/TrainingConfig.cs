using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Experiments.Configuration.Schema;

public sealed class TrainingConfig
{
    [Description("Passes over the (augmented) training set.")]
    [Range(1, 100_000)]
    public int Epochs { get; set; } = 40;

    [Description("Samples per optimisation step.")]
    [Range(1, 4096)]
    public int BatchSize { get; set; } = 1;

    [Description("Batches whose gradients add up before one optimiser step.")]
    [Range(1, 4096)]
    public int GradientAccumulation { get; set; } = 1;

    [Description("auto (CUDA when available, else CPU), cpu or cuda.")]
    public Device Device { get; set; } = Device.Auto;

    [Description("When and where model checkpoints are written.")]
    public CheckpointConfig Checkpointing { get; set; } = new();
}
