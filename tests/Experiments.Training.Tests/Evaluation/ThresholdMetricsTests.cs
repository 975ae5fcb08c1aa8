using Experiments.Training.Evaluation;

namespace Experiments.Training.Tests.Evaluation;

public sealed class ThresholdMetricsTests
{
    [Fact]
    public void Four_cases_at_one_half_give_the_hand_counted_matrix_and_an_infinite_lr_plus()
    {
        // Only 0.8 (positive) reaches 0.5: TP 1, FP 0, TN 2, FN 1 -> sens 0.5, spec 1
        var metrics = ThresholdMetrics.At([0.1, 0.4, 0.35, 0.8], [false, false, true, true], 0.5);

        Assert.Equal(new ConfusionMatrix(1, 0, 2, 1), metrics.Confusion);
        Assert.Equal(0.5, metrics.Sensitivity.Value);
        Assert.Equal(1.0, metrics.Specificity.Value);
        Assert.Equal(double.PositiveInfinity, metrics.PositiveLikelihoodRatio.Value);
        Assert.Equal(0.5, metrics.NegativeLikelihoodRatio.Value);
        Assert.Equal("infinite", metrics.PositiveLikelihoodRatio.ToString());
    }

    [Fact]
    public void Finite_ratios_follow_their_formulas()
    {
        // TP 2, FN 1, TN 3, FP 1: sens 2/3, spec 3/4 -> LR+ = (2/3)/(1/4) = 8/3, LR- = (1/3)/(3/4) = 4/9
        var metrics = ThresholdMetrics.At(
            [0.9, 0.8, 0.1, 0.7, 0.2, 0.3, 0.4], [true, true, true, false, false, false, false], 0.5);

        Assert.Equal(8.0 / 3, metrics.PositiveLikelihoodRatio.Value!.Value, 12);
        Assert.Equal(4.0 / 9, metrics.NegativeLikelihoodRatio.Value!.Value, 12);
    }

    [Fact]
    public void Specificity_zero_makes_lr_minus_infinite_or_undefined_never_a_division_error()
    {
        // Everything called positive. Sens 1, spec 0: LR+ = 1, LR- = 0/0
        var all = ThresholdMetrics.At([0.6, 0.7, 0.9], [true, false, true], 0.5);
        // Sens 1/2, spec 0: LR- = (1/2)/0
        var half = ThresholdMetrics.At([0.6, 0.7, 0.4], [true, false, true], 0.5);

        Assert.Equal(1.0, all.PositiveLikelihoodRatio.Value);
        Assert.False(all.NegativeLikelihoodRatio.IsDefined);
        Assert.Equal("undefined (sensitivity 1 and specificity 0)", all.NegativeLikelihoodRatio.ToString());
        Assert.Equal(double.PositiveInfinity, half.NegativeLikelihoodRatio.Value);
    }

    [Fact]
    public void Specificity_one_with_sensitivity_zero_leaves_lr_plus_undefined()
    {
        var metrics = ThresholdMetrics.At([0.1, 0.2, 0.3], [true, false, false], 0.5);

        Assert.False(metrics.PositiveLikelihoodRatio.IsDefined);
        Assert.Equal(1.0, metrics.NegativeLikelihoodRatio.Value);
    }

    [Fact]
    public void Without_positive_cases_sensitivity_and_both_ratios_are_undefined()
    {
        var metrics = ThresholdMetrics.At([0.1, 0.7], [false, false], 0.5);

        Assert.Equal("no positive cases", metrics.Sensitivity.Reason);
        Assert.Equal(0.5, metrics.Specificity.Value);
        Assert.False(metrics.PositiveLikelihoodRatio.IsDefined);
        Assert.False(metrics.NegativeLikelihoodRatio.IsDefined);
    }

    [Fact]
    public void A_classification_report_gives_prevalence_youden_and_a_baseline_auc()
    {
        var report = ClassificationReport.Compute(
            "expansion", [0.1, 0.4, 0.35, 0.8], [false, false, true, true], 0.5, baselineScores: [0, 2, 3, 5]);

        Assert.Equal(0.5, report.Prevalence);
        Assert.Equal(0.8, report.AtYoudenThreshold!.Threshold);
        Assert.Equal(1.0, report.Baseline!.Auc.Value);
        Assert.Equal(0.75, report.Roc.Auc.Value);
    }

    [Fact]
    public void A_one_class_report_is_built_without_youden_and_with_an_undefined_auc()
    {
        var report = ClassificationReport.Compute("expansion", [0.1, 0.9], [true, true], 0.5);

        Assert.False(report.Roc.Auc.IsDefined);
        Assert.Null(report.AtYoudenThreshold);
        Assert.Equal(1.0, report.Prevalence);
    }
}
