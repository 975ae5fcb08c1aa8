using Experiments.Training.Evaluation;

namespace Experiments.Training.Tests.Evaluation;

public sealed class DiceCoefficientTests
{
    [Fact]
    public void Half_overlap_by_hand()
    {
        // Predicted {0, 1}, truth {0, 2}: 2 x 1 / (2 + 2)
        Assert.Equal(0.5, DiceCoefficient.Compute([0.9f, 0.6f, 0.1f, 0f], [1, 0, 1, 0], 0.5));
    }

    [Fact]
    public void An_empty_mask_predicted_empty_counts_as_perfect()
    {
        Assert.Equal(1.0, DiceCoefficient.Compute([0.1f, 0.4f], [0, 0], 0.5));
    }

    [Fact]
    public void Predicting_nothing_for_a_present_hematoma_scores_zero()
    {
        Assert.Equal(0.0, DiceCoefficient.Compute([0.1f, 0.4f], [1, 0], 0.5));
    }

    [Fact]
    public void A_probability_equal_to_the_threshold_counts_as_positive()
    {
        Assert.Equal(1.0, DiceCoefficient.Compute([0.5f, 0.49f], [1, 0], 0.5));
    }
}
