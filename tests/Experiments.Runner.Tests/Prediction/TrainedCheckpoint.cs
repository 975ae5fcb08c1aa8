using Experiments.Plugins.Hosting;
using Experiments.Testing;
using Experiments.Training.Checkpoints;
using Microsoft.Extensions.Logging.Abstractions;
using TorchSharp;
using static TorchSharp.torch;

namespace Experiments.Runner.Tests.Prediction;

/// <summary>
/// A checkpoint folder as a run leaves it, weights and resolved experiment inside: the paper's
/// experiment with a narrow network on a 96 x 96 x 16 matrix, weights seeded rather than trained
/// (these tests check geometry and plumbing, not what the network learned).
/// </summary>
internal static class TrainedCheckpoint
{
    public static string Write(string folder, string? extraYaml = null)
    {
        Directory.CreateDirectory(folder);
        var source = Path.Combine(folder, "experiment.yaml");
        var paper = Path.Combine(RepositoryPaths.Root, "experiments", "hematoma-expansion.yaml");
        File.WriteAllText(source, $"""
            extends: {paper}
            name: prediction-test
            preprocessing:
              - name: series-to-volume
                irregular_series: resample
              - name: skull-strip-otsu
              - name: resample
                field_of_view_mm: [112, 112, 160]
                matrix: [96, 96, 16]
                interpolation: cubic
                centre: brain-mask
              - name: window
                min_hu: 0
                max_hu: 100
              - name: zscore
                region: brain
                clip_negative: true
            model:
              name: two-task-unet3d
              channels: [4, 8, 16]
              decoder_channels: [8, 16]
              bridge_channels: 16
              classifier_channels: 16
              upsampling: transposed
            {extraYaml ?? ""}
            """);
        var experiment = new ExperimentSetup(NullLoggerFactory.Instance).Prepare(source, []).PreparedOrThrow();
        manual_seed(7);
        var network = experiment.Components.Architecture.Build(inputChannels: 1);
        var resolved = Path.Combine(folder, CheckpointFiles.Experiment);
        File.WriteAllText(resolved, experiment.Experiment.ToYaml());
        using var optimizer = optim.Adam(network.Module.parameters());
        var store = new CheckpointStore(Path.Combine(folder, "checkpoints"), [resolved]);
        store.SaveLast(new TrainerState { Seed = 7 }, network.Module, optimizer);
        return store.LastPath;
    }
}
