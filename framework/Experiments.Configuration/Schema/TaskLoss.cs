namespace Experiments.Configuration.Schema;

/// <summary>Loss functions of a task; in YAML <c>dice</c> and <c>bce</c>.</summary>
public enum TaskLoss
{
    /// <summary>1 - soft Dice of the sigmoid output (segmentation).</summary>
    Dice,

    /// <summary>Binary cross-entropy on the logits (binary classification or segmentation).</summary>
    Bce,

    /// <summary>Focal loss on the logits (down-weights easy examples).</summary>
    Focal,
}
