using Experiments.Data.Synthetic;
using Experiments.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Experiments.EndToEnd.Tests;

/// <summary>
/// A small synthetic dataset and an experiment that extends the repository's quickstart with a
/// tiny grid and network, so a whole run (preprocessing, training, evaluation, tracking) takes
/// seconds. Everything lives in one temporary folder, its MLflow file store included.
/// <see cref="Learning"/> is the variant big enough to show learning: more cases, half of them
/// validation, expansion linked to the baseline volume as in the quickstart, more epochs.
/// </summary>
internal sealed class TinyExperiment : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public TinyExperiment(int epochs, string sweep = "")
        : this(epochs, sweep, new SyntheticDatasetOptions("", Cases: 12, Seed: 3, Matrix: 64), TinyModel)
    {
    }

    private TinyExperiment(int epochs, string sweep, SyntheticDatasetOptions data, string model)
    {
        var dataset = Path.Combine(_folder.Path, "data");
        new SyntheticDatasetGenerator(NullLogger<SyntheticDatasetGenerator>.Instance)
            .Generate(data with { OutputFolder = dataset });
        File = _folder.File("tiny.yaml");
        var quickstart = Path.Combine(RepositoryPaths.Root, "experiments", "quickstart.yaml");
        System.IO.File.WriteAllText(File, $"""
            extends: {quickstart}
            name: tiny
            data:
              dataset: {dataset}/dataset.json
              cache: {_folder.Path}/cache
            preprocessing:
              - name: series-to-volume
              - name: skull-strip-otsu
              - name: resample
                field_of_view_mm: [112, 112, 160]
                matrix: [32, 32, 8]
                interpolation: linear
              - name: window
              - name: zscore
            augmentation: []
            {model}
            training:
              epochs: {epochs}
              checkpointing:
                folder: {_folder.Path}/run
            tracking:
              uri: {Store}
              experiment: tiny
            {sweep}
            """);
    }

    public string Folder => _folder.Path;

    public string File { get; }

    public string Store => Path.Combine(_folder.Path, "mlruns");

    private const string TinyModel = """
        model:
          name: two-task-unet3d
          channels: [4, 8, 8]
          decoder_channels: [8, 8]
          bridge_channels: 8
          classifier_channels: 8
          groups: 4
        schedule:
          name: multistep
          milestones: [1]
        """;

    /// <summary>
    /// 48 cases at 64 x 64 (23 training, 25 validation with 7 expansions), a network with a quarter of
    /// the paper's widths and group normalisation, the quickstart's learning rate 1e-3 for 16 epochs
    /// then 1e-4: about half a minute on 2 cores.
    /// </summary>
    public static TinyExperiment Learning(int epochs) => new(
        epochs,
        "",
        new SyntheticDatasetOptions("", Cases: 48, Seed: 3, Matrix: 64)
        {
            ValidationFraction = 0.5,
            TestFraction = 0,
            Risk = new ExpansionRiskModel(Intercept: -1, PerVolumeDoubling: 3),
        },
        $"""
        model:
          name: two-task-unet3d
          channels: [4, 8, 16]
          decoder_channels: [8, 16]
          bridge_channels: 16
          classifier_channels: 16
          normalization: group
          groups: 4
        optimizer:
          name: adam
          learning_rate: 1.0e-3
        schedule:
          name: multistep
          milestones: [{epochs * 4 / 5}]
          gamma: 0.1
        """);

    public void Dispose() => _folder.Dispose();
}
