using Experiments.Training.Loop;
using Experiments.Training.Losses;

namespace Experiments.Training.Tests.Doubles;

/// <summary>The paper's task losses: soft Dice with smoothing 1 (empty predicted empty = loss 0) and BCE.</summary>
public static class TestLosses
{
    public static readonly SoftDiceLoss Dice = new(smooth: 1);

    public static readonly BinaryCrossEntropyLoss CrossEntropy = new(positiveWeight: 1);

    public static IReadOnlyList<TrainingTask> PaperTasks() =>
    [
        TrainingTask.Segmentation(TinyNetwork.Segmentation, Dice.Compute),
        TrainingTask.Classification(TinyNetwork.Expansion, CrossEntropy.Compute),
    ];
}
