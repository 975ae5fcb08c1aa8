using Experiments.Training.Losses;
using static TorchSharp.torch;

namespace Experiments.Models.Tests.Losses;

public sealed class TaskLossTests
{
    private const double Tolerance = 1e-6;

    [Fact]
    public void DiceOfHalfProbabilitiesOverHalfAMaskIsTheHandComputedValue()
    {
        // p = 0.5 everywhere, 2 of 4 voxels set: (2 * 1 + 1) / (2 + 2 + 1) = 0.6, loss 0.4.
        using var logits = zeros([1, 1, 1, 2, 2]);
        using var mask = tensor(new float[] { 1, 1, 0, 0 }).reshape(1, 1, 1, 2, 2);

        var loss = new SoftDiceLoss(smooth: 1).Compute(logits, mask).item<float>();

        Assert.Equal(0.4, loss, Tolerance);
    }

    [Fact]
    public void EmptyMaskPredictedEmptyCostsNothingAndPredictedFullCostsNearlyOne()
    {
        using var mask = zeros([1, 1, 2, 4, 4]);
        using var emptyPrediction = full([1, 1, 2, 4, 4], -30f);
        using var fullPrediction = full([1, 1, 2, 4, 4], 30f);
        var dice = new SoftDiceLoss(smooth: 1);

        Assert.Equal(0, dice.Compute(emptyPrediction, mask).item<float>(), Tolerance);
        Assert.Equal(1 - 1.0 / 33, dice.Compute(fullPrediction, mask).item<float>(), Tolerance);
    }

    [Fact]
    public void DiceAveragesThePerSampleLosses()
    {
        // Sample 0: perfect (loss 0); sample 1: as in the half-mask case (loss 0.4).
        using var logits = tensor(new float[] { 30, -30, -30, -30, 0, 0, 0, 0 }).reshape(2, 1, 1, 2, 2);
        using var mask = tensor(new float[] { 1, 0, 0, 0, 1, 1, 0, 0 }).reshape(2, 1, 1, 2, 2);

        Assert.Equal(0.2, new SoftDiceLoss(1).Compute(logits, mask).item<float>(), Tolerance);
    }

    [Fact]
    public void BinaryCrossEntropyWeighsPositivesByPosWeight()
    {
        using var logits = zeros([2, 1]);
        using var labels = tensor(new float[] { 1, 0 }).reshape(2, 1);

        var loss = new BinaryCrossEntropyLoss(positiveWeight: 3).Compute(logits, labels).item<float>();

        Assert.Equal((3 * Math.Log(2) + Math.Log(2)) / 2, loss, Tolerance);
    }

    [Fact]
    public void FocalLossWithoutFocusingOrAlphaIsCrossEntropy()
    {
        using var logits = tensor(new float[] { 2.0f, -1.0f, 0.5f }).reshape(3, 1);
        using var labels = tensor(new float[] { 1, 0, 0 }).reshape(3, 1);

        var focal = new FocalLoss(gamma: 0, alpha: null).Compute(logits, labels).item<float>();
        var crossEntropy = new BinaryCrossEntropyLoss(1).Compute(logits, labels).item<float>();

        Assert.Equal(crossEntropy, focal, Tolerance);
    }

    [Fact]
    public void FocalLossDownWeighsByTheFocusingTermAndAlpha()
    {
        // Logit 0, label 1: p_t = 0.5, CE = ln 2, (1 - 0.5)^2 = 0.25, alpha_t = 0.25.
        using var logits = zeros([1, 1]);
        using var labels = ones([1, 1]);

        var loss = new FocalLoss(gamma: 2, alpha: 0.25).Compute(logits, labels).item<float>();

        Assert.Equal(0.25 * 0.25 * Math.Log(2), loss, Tolerance);
    }

    [Fact]
    public void CatalogCreatesEachNamedLossAndRejectsUnknownNamesListingTheKnownOnes()
    {
        Assert.IsType<SoftDiceLoss>(TaskLossCatalog.Create("dice", new TaskLossOptions()));
        Assert.IsType<BinaryCrossEntropyLoss>(TaskLossCatalog.Create("bce", new TaskLossOptions()));
        Assert.IsType<FocalLoss>(TaskLossCatalog.Create("focal", new TaskLossOptions()));

        var error = Assert.Throws<ArgumentException>(() => TaskLossCatalog.Create("dise", new TaskLossOptions()));

        Assert.Contains("'dise'", error.Message);
        Assert.Contains("dice, bce, focal", error.Message);
    }

    [Fact]
    public void MismatchedShapesAreRejectedNamingBothShapes()
    {
        using var logits = zeros([1, 1]);
        using var labels = zeros([1]);

        var error = Assert.Throws<ArgumentException>(() => new BinaryCrossEntropyLoss(1).Compute(logits, labels));

        Assert.Contains("[1]", error.Message);
        Assert.Contains("[1, 1]", error.Message);
    }
}
