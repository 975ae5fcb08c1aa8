using Experiments.Training.Loop;
using static TorchSharp.torch;

namespace Experiments.Training.Tests.Doubles;

/// <summary>Soft Dice (smoothing 1, so two empty masks give loss 0) and BCE on logits.</summary>
public static class TestLosses
{
    public static Tensor SoftDice(Tensor logits, Tensor target)
    {
        var probabilities = sigmoid(logits);
        var overlap = (probabilities * target).sum();
        return 1 - ((2 * overlap) + 1) / (probabilities.sum() + target.sum() + 1);
    }

    public static Tensor BinaryCrossEntropy(Tensor logits, Tensor target) =>
        nn.functional.binary_cross_entropy_with_logits(logits, target);

    public static IReadOnlyList<TrainingTask> PaperTasks() =>
    [
        TrainingTask.Segmentation(TinyNetwork.Segmentation, SoftDice),
        TrainingTask.Classification(TinyNetwork.Expansion, BinaryCrossEntropy),
    ];
}
