using Experiments.Data.Synthetic;
using Experiments.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Experiments.EndToEnd.Tests;

/// <summary>
/// A small synthetic dataset and an experiment that extends the repository's quickstart with a
/// tiny grid and network, so a whole run (preprocessing, training, evaluation, tracking) takes
/// seconds. Everything lives in one temporary folder, its MLflow file store included.
/// </summary>
internal sealed class TinyExperiment : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public TinyExperiment(int epochs, string sweep = "")
    {
        var dataset = Path.Combine(_folder.Path, "data");
        new SyntheticDatasetGenerator(NullLogger<SyntheticDatasetGenerator>.Instance)
            .Generate(new SyntheticDatasetOptions(dataset, Cases: 12, Seed: 3, Matrix: 64));
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
            model:
              name: two-task-unet3d
              channels: [4, 8, 8]
              decoder_channels: [8, 8]
              bridge_channels: 8
              classifier_channels: 8
            schedule:
              name: multistep
              milestones: [1]
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

    public void Dispose() => _folder.Dispose();
}
