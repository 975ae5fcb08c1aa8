using Experiments.Contracts.Losses;
using Experiments.Plugins.LossWeighting;
using static TorchSharp.torch;

namespace Experiments.Models.Tests.Weighting;

/// <summary>What every loss weighting must do, run over each of them on the toy problem.</summary>
public sealed class LossWeightingConformanceTests
{
    public static TheoryData<string> Weightings => new(Create.Keys);

    private static readonly Dictionary<string, Func<ILossWeighting>> Create = new()
    {
        ["fixed"] = () => new FixedWeighting(new FixedWeightingOptions()),
        ["uncertainty"] = () => new UncertaintyWeighting(new UncertaintyWeightingOptions()),
        ["dwa"] = () => new DynamicWeightAveraging(new DynamicWeightAveragingOptions()),
        ["gradnorm"] = () => new GradNormWeighting(new GradNormWeightingOptions()),
    };

    [Theory]
    [MemberData(nameof(Weightings))]
    public void EveryStepGivesAScalarLossWithGradientAndFinitePositiveWeightsForExactlyTheTasks(string name)
    {
        var problem = new ToyTwoTaskProblem(seed: 5, noise: (0.5, 0.1), lossScale: (1, 1));
        var steps = 0;

        problem.Train(Create[name](), epochs: 4, stepsPerEpoch: 5, learningRate: 0.01, (total, weights) =>
        {
            steps++;
            Assert.Empty(total.shape);
            Assert.True(total.requires_grad, $"{name}: the combined loss carries no gradient");
            Assert.True(double.IsFinite(total.item<float>()), $"{name}: the combined loss is not finite");
            Assert.Equal([ToyTwoTaskProblem.Second, ToyTwoTaskProblem.First], weights.Keys.Order().ToArray());
            Assert.All(weights.Values, weight => Assert.True(double.IsFinite(weight) && weight > 0,
                $"{name}: weight {weight} is not a positive finite number"));
        });

        Assert.Equal(20, steps);
    }

    [Theory]
    [MemberData(nameof(Weightings))]
    public void TheSameSeedGivesTheSameWeightsStepByStep(string name)
    {
        List<double> Run()
        {
            var history = new List<double>();
            new ToyTwoTaskProblem(seed: 9, noise: (0.5, 0.1), lossScale: (1, 1))
                .Train(Create[name](), epochs: 3, stepsPerEpoch: 4, learningRate: 0.01,
                    (_, weights) => history.AddRange(weights.OrderBy(entry => entry.Key).Select(entry => entry.Value)));
            return history;
        }

        Assert.Equal(Run(), Run());
    }

    [Theory]
    [MemberData(nameof(Weightings))]
    public void LossesForOtherTasksThanConfiguredAreRejectedNamingBoth(string name)
    {
        using var loss = tensor(1.0f);
        var losses = new Dictionary<string, Tensor> { ["segmentation"] = loss, ["volume"] = loss };

        var error = Assert.Throws<ArgumentException>(() => Create[name]().Combine(losses, new WeightingStep(0, 0, [])));

        Assert.Contains("[segmentation, expansion]", error.Message);
        Assert.Contains("[segmentation, volume]", error.Message);
    }
}
