using System.Text.Json.Nodes;
using Experiments.Contracts.Augmentation;
using Experiments.Testing;
using Experiments.Training.Data;
using Experiments.Training.Evaluation;
using Experiments.Training.Loop;
using Experiments.Training.Tests.Doubles;
using static TorchSharp.torch;

namespace Experiments.Training.Tests.Evaluation;

public sealed class EvaluationReportWriterTests
{
    [Fact]
    public void Evaluating_a_trained_network_writes_masks_a_json_report_and_a_roc_png()
    {
        // Given a network trained for two epochs and four validation cubes (two of each class)
        using var folder = new TemporaryFolder();
        var run = new TinyRun(folder.Path) { Training = new TrainingSettings { Epochs = 2, Device = DeviceChoice.Cpu } };
        run.CreateTrainer([], initSeed: 1).Run(CancellationToken.None);
        var cases = new InMemorySampleSet(SyntheticCubes.Create(4, seed: 1007));
        var writer = new RecordingMaskWriter();
        var evaluator = new Evaluator(new Predictor(run.Network, TestLosses.PaperTasks(), CPU), TestLosses.PaperTasks(), 0.5, writer);
        var masks = new List<string>();

        // When it is evaluated with a baseline score that ranks the cases perfectly
        var report = evaluator.Evaluate("validation", cases, new BaselineScores("expansion", "BAT", [0, 1, 2, 3]), masks);
        var files = EvaluationReportWriter.Write(report, folder.File("report"));

        // Then every case has a mask of the input's size, and the JSON and the PNG hold the report
        Assert.Equal(4, masks.Count);
        Assert.All(writer.Sizes, size => Assert.Equal(8 * 16 * 16, size));
        var json = JsonNode.Parse(File.ReadAllText(files[0]))!;
        var classification = json["classification"]![0]!;
        Assert.Equal(0.5, classification["prevalence"]!.GetValue<double>());
        Assert.Equal(1.0, classification["baseline_auc"]!.GetValue<double>());
        Assert.Equal(report.Classification[0].Roc.Auc.Value, classification["auc"]!.GetValue<double>());
        Assert.Equal(4, json["segmentation"]![0]!["dice_per_case"]!.AsObject().Count);
        Assert.EndsWith("roc-validation-expansion.png", files[1]);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(files[1]).Take(4));
    }

    [Fact]
    public void A_one_class_report_says_undefined_in_json_and_draws_no_roc()
    {
        using var folder = new TemporaryFolder();
        var report = new EvaluationReport(
            "test", [], [ClassificationReport.Compute("expansion", [0.2, 0.7], [false, false], 0.5)]);

        var files = EvaluationReportWriter.Write(report, folder.Path);

        var json = JsonNode.Parse(File.ReadAllText(Assert.Single(files)))!;
        Assert.Equal(
            "undefined (the set holds 2 case(s), all negative; AUC needs both classes)",
            json["classification"]![0]!["auc"]!.GetValue<string>());
    }

    private sealed class RecordingMaskWriter : IPredictedMaskWriter
    {
        public List<int> Sizes { get; } = [];

        public string Write(TrainingSample sample, string task, byte[] mask)
        {
            Sizes.Add(mask.Length);
            return $"{sample.CaseId}-{task}.nii.gz";
        }
    }
}
