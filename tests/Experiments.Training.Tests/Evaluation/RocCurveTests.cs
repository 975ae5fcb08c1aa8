using System.Text.Json;
using Experiments.Training.Evaluation;

namespace Experiments.Training.Tests.Evaluation;

public sealed class RocCurveTests
{
    public static TheoryData<string> SklearnCases() => new(ExpectedCases().Select(c => c.Name));

    [Theory]
    [MemberData(nameof(SklearnCases))]
    public void Auc_and_curve_match_scikit_learn_including_tied_scores(string name)
    {
        // Given scores and labels for which scikit-learn's values were committed (tolerance 1e-12)
        var expected = ExpectedCases().Single(c => c.Name == name);

        // When the curve is computed
        var roc = RocCurve.Compute(expected.Scores, expected.Labels.Select(label => label == 1).ToArray());

        // Then AUC, rates and thresholds agree with roc_auc_score and roc_curve
        Assert.Equal(expected.Auc, roc.Auc.Value!.Value, 12);
        Assert.Equal(expected.Fpr, roc.FalsePositiveRates, (a, b) => Math.Abs(a - b) < 1e-12);
        Assert.Equal(expected.Tpr, roc.TruePositiveRates, (a, b) => Math.Abs(a - b) < 1e-12);
        Assert.Equal(expected.Thresholds, roc.Thresholds.Skip(1));
        Assert.Equal(double.PositiveInfinity, roc.Thresholds[0]);
    }

    [Fact]
    public void Four_cases_by_hand_give_auc_three_quarters_and_youden_at_the_top_score()
    {
        // Positives 0.35, 0.8 against negatives 0.1, 0.4: 3 of 4 pairs ordered correctly
        var roc = RocCurve.Compute([0.1, 0.4, 0.35, 0.8], [false, false, true, true]);

        Assert.Equal(0.75, roc.Auc.Value);
        Assert.Equal(0.8, roc.YoudenThreshold().Value);
    }

    [Fact]
    public void A_set_with_one_class_has_an_undefined_auc_with_its_reason_instead_of_a_crash()
    {
        var roc = RocCurve.Compute([0.2, 0.9, 0.4], [false, false, false]);

        Assert.False(roc.Auc.IsDefined);
        Assert.Equal("the set holds 3 case(s), all negative; AUC needs both classes", roc.Auc.Reason);
        Assert.False(roc.YoudenThreshold().IsDefined);
        Assert.Empty(roc.FalsePositiveRates);
    }

    private static IEnumerable<SklearnCase> ExpectedCases()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Expected", "roc-sklearn.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("cases").EnumerateArray().Select(SklearnCase.From).ToArray();
    }

    private sealed record SklearnCase(
        string Name, double[] Scores, int[] Labels, double Auc, double[] Fpr, double[] Tpr, double[] Thresholds)
    {
        public static SklearnCase From(JsonElement element) => new(
            element.GetProperty("name").GetString()!,
            Doubles(element, "scores"),
            element.GetProperty("labels").EnumerateArray().Select(e => e.GetInt32()).ToArray(),
            element.GetProperty("auc").GetDouble(),
            Doubles(element, "fpr"),
            Doubles(element, "tpr"),
            Doubles(element, "thresholds"));

        private static double[] Doubles(JsonElement element, string name) =>
            element.GetProperty(name).EnumerateArray().Select(e => e.GetDouble()).ToArray();
    }
}
