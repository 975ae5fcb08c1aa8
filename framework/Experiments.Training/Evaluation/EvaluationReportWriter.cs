using System.Text.Json;
using System.Text.Json.Nodes;
using Experiments.Training.Plots;

namespace Experiments.Training.Evaluation;

/// <summary>
/// Writes a report as <c>evaluation-&lt;set&gt;.json</c> plus one ROC PNG per task with a defined curve.
/// In the JSON an infinite ratio is the string "infinite" and an undefined metric is
/// "undefined (reason)"; defined values are numbers.
/// </summary>
public static class EvaluationReportWriter
{
    /// <returns>The files written.</returns>
    public static IReadOnlyList<string> Write(EvaluationReport report, string folder, string baselineName = "BAT score")
    {
        Directory.CreateDirectory(folder);
        var files = new List<string>();
        var json = Path.Combine(folder, $"evaluation-{report.SetName}.json");
        File.WriteAllText(json, ToJson(report).ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        files.Add(json);
        foreach (var classification in report.Classification.Where(c => c.Roc.IsDefined))
        {
            var png = Path.Combine(folder, $"roc-{report.SetName}-{classification.Task}.png");
            RocPlot.Save(classification, png, baselineName);
            files.Add(png);
        }

        return files;
    }

    public static JsonObject ToJson(EvaluationReport report) => new()
    {
        ["set"] = report.SetName,
        ["segmentation"] = new JsonArray(report.Segmentation.Select(Segmentation).ToArray<JsonNode?>()),
        ["classification"] = new JsonArray(report.Classification.Select(Classification).ToArray<JsonNode?>()),
    };

    private static JsonObject Segmentation(SegmentationReport report) => new()
    {
        ["task"] = report.Task,
        ["mean_dice"] = report.MeanDice,
        ["dice_per_case"] = new JsonObject(report.DicePerCase.Select(
            pair => KeyValuePair.Create(pair.Key, (JsonNode?)pair.Value))),
    };

    private static JsonObject Classification(ClassificationReport report) => new()
    {
        ["task"] = report.Task,
        ["cases"] = report.Cases,
        ["prevalence"] = report.Prevalence,
        ["auc"] = Node(report.Roc.Auc),
        ["baseline_auc"] = report.Baseline is null ? null : Node(report.Baseline.Auc),
        ["at_threshold"] = Threshold(report.AtFixedThreshold),
        ["at_youden_threshold"] = report.AtYoudenThreshold is null ? null : Threshold(report.AtYoudenThreshold),
    };

    private static JsonObject Threshold(ThresholdMetrics metrics) => new()
    {
        ["threshold"] = metrics.Threshold,
        ["true_positives"] = metrics.Confusion.TruePositives,
        ["false_positives"] = metrics.Confusion.FalsePositives,
        ["true_negatives"] = metrics.Confusion.TrueNegatives,
        ["false_negatives"] = metrics.Confusion.FalseNegatives,
        ["sensitivity"] = Node(metrics.Sensitivity),
        ["specificity"] = Node(metrics.Specificity),
        ["positive_likelihood_ratio"] = Node(metrics.PositiveLikelihoodRatio),
        ["negative_likelihood_ratio"] = Node(metrics.NegativeLikelihoodRatio),
    };

    private static JsonNode Node(Metric metric) => metric.Value is { } value && double.IsFinite(value)
        ? JsonValue.Create(value)
        : JsonValue.Create(metric.ToString());
}
