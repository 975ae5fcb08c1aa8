using Experiments.Contracts.Losses;
using Experiments.Plugins.LossWeighting;
using static TorchSharp.torch;

namespace Experiments.Models.Tests.Weighting;

public sealed class LossWeightingBehaviourTests
{
    private const string First = ToyTwoTaskProblem.First;
    private const string Second = ToyTwoTaskProblem.Second;

    [Fact]
    public void FixedWeightingIsTheWeightedSum()
    {
        using var dice = tensor(0.5f);
        using var crossEntropy = tensor(2.0f);
        var weighting = new FixedWeighting(new FixedWeightingOptions());

        using var total = weighting.Combine(new Dictionary<string, Tensor> { [First] = dice, [Second] = crossEntropy },
            new WeightingStep(0, 0, []));

        Assert.Equal(0.9 * 0.5 + 0.1 * 2.0, total.item<float>(), 1e-6);
        Assert.Equal(0.9, weighting.CurrentWeights[First]);
    }

    [Fact]
    public void UncertaintyWeightingLowersTheWeightOfTheNoisierTask()
    {
        // First task's targets carry noise sd 1 (irreducible MSE ~1), the second's sd 0.1 (~0.01).
        var problem = new ToyTwoTaskProblem(seed: 1, noise: (1.0, 0.1), lossScale: (1, 1));
        var weighting = new UncertaintyWeighting(new UncertaintyWeightingOptions());

        problem.Train(weighting, epochs: 1, stepsPerEpoch: 400, learningRate: 0.03);

        // At the optimum each weight is 1 / loss: about 1 for the noisy task, tens for the clean one.
        Assert.InRange(weighting.CurrentWeights[First], 0.5, 2.0);
        Assert.True(weighting.CurrentWeights[Second] > 10 * weighting.CurrentWeights[First],
            $"weights {weighting.CurrentWeights[First]} (noisy) and {weighting.CurrentWeights[Second]} (clean)");
    }

    [Fact]
    public void DynamicWeightAveragingRaisesTheWeightOfTheTaskWhoseLossFallsSlower()
    {
        var weighting = new DynamicWeightAveraging(new DynamicWeightAveragingOptions { Temperature = 2 });

        weighting.EpochCompleted(new Dictionary<string, double> { [First] = 1.0, [Second] = 1.0 });
        Assert.Equal(1.0, weighting.CurrentWeights[First]);
        weighting.EpochCompleted(new Dictionary<string, double> { [First] = 0.5, [Second] = 0.9 });

        // Ratios 0.5 and 0.9 at temperature 2: weights 2 e^0.25 / (e^0.25 + e^0.45) and 2 e^0.45 / (...).
        var sum = Math.Exp(0.25) + Math.Exp(0.45);
        Assert.Equal(2 * Math.Exp(0.25) / sum, weighting.CurrentWeights[First], 1e-12);
        Assert.Equal(2 * Math.Exp(0.45) / sum, weighting.CurrentWeights[Second], 1e-12);
    }

    [Fact]
    public void GradNormWithAlphaZeroBalancesTheTasksGradientNormsOnTheSharedLayer()
    {
        // The second task's loss is scaled by 25, so its gradient on the trunk starts ~25x larger.
        var problem = new ToyTwoTaskProblem(seed: 2, noise: (0.1, 0.1), lossScale: (1, 25));
        var weighting = new GradNormWeighting(new GradNormWeightingOptions { Alpha = 0 });
        var before = problem.SharedGradientNorms();

        problem.Train(weighting, epochs: 1, stepsPerEpoch: 300, learningRate: 0.01);

        var after = problem.SharedGradientNorms();
        var weights = weighting.CurrentWeights;
        var imbalanceBefore = Math.Abs(Math.Log(before[Second] / before[First]));
        var imbalanceAfter = Math.Abs(Math.Log(weights[Second] * after[Second] / (weights[First] * after[First])));
        Assert.True(imbalanceBefore > Math.Log(5), $"the toy problem starts balanced: {imbalanceBefore}");
        Assert.True(imbalanceAfter < imbalanceBefore / 4, $"imbalance {imbalanceBefore} -> {imbalanceAfter}");
        Assert.Equal(2.0, weights[First] + weights[Second], 1e-4);
        Assert.True(weights[First] > weights[Second]);
    }
}
