using System.Text.Json;
using Experiments.Data.Synthetic;
using Experiments.Testing;
using Experiments.Tracking;
using Experiments.Tracking.Model;
using Microsoft.Extensions.Logging.Abstractions;

namespace Experiments.EndToEnd.Tests;

/// <summary>
/// The sample third-party plugin, built outside the solution, is found in a folder and used by
/// the app like a built-in one: listed, validated and trained with.
/// </summary>
public class SamplePluginTests(BuiltSamplePlugin plugin) : IClassFixture<BuiltSamplePlugin>
{
    [Fact]
    public async Task The_plugins_listing_shows_random_flip_from_the_folder_named_by_the_environment()
    {
        // Given the built sample's folder in EXPERIMENTS_PLUGIN_PATH
        var environment = new Dictionary<string, string>
        {
            ["EXPERIMENTS_PLUGIN_PATH"] = plugin.PluginsFolder,
            ["NO_COLOR"] = "1",
        };

        // When the app lists its plugins
        var (exitCode, output, errors) = await ChildProcess.RunAsync(
            "dotnet", [ExperimentsApp.Dll, "plugins", "--json"], environment);

        // Then random-flip is an augmenter from that folder, with its three options and their defaults
        Assert.True(exitCode == 0, output + errors);
        using var listing = JsonDocument.Parse(output);
        var flip = Assert.Single(listing.RootElement.GetProperty("components").EnumerateArray(),
            component => component.GetProperty("name").GetString() == "random-flip");
        Assert.Equal("augmenter", flip.GetProperty("kind").GetString());
        Assert.Equal("1.0.0", flip.GetProperty("version").GetString());
        Assert.Equal(
            Path.Combine(plugin.PluginsFolder, "RandomFlipPlugin", "RandomFlipPlugin.dll"),
            flip.GetProperty("assembly").GetString());
        var options = flip.GetProperty("options").EnumerateArray()
            .Select(option => (option.GetProperty("key").GetString(), option.GetProperty("default").GetString()));
        Assert.Equal([("axes", "[left-right]"), ("probability", "0.5"), ("multiplier", "1")], options);
        Assert.Empty(listing.RootElement.GetProperty("failures").EnumerateArray());
    }

    [Fact]
    public async Task An_experiment_naming_the_plugin_folder_validates_with_random_flip()
    {
        var file = FlipExperiment("valid.yaml", "probability: 0.5");

        var (exitCode, output) = await ExperimentsApp.RunAsync(Path.GetDirectoryName(file)!, "validate", file);

        Assert.True(exitCode == 0, output);
        Assert.Contains("augmentation[0]: random-flip 1.0.0", output);
    }

    [Fact]
    public async Task A_probability_above_one_is_refused_naming_its_file_line_and_yaml_path()
    {
        var file = FlipExperiment("wrong.yaml", "probability: 2");

        var (exitCode, output) = await ExperimentsApp.RunAsync(Path.GetDirectoryName(file)!, "validate", file);

        Assert.Equal(2, exitCode);
        Assert.Contains("wrong.yaml:7", output);
        Assert.Contains("augmentation[0].probability", output);
        Assert.Contains("a value from 0 to 1", output);
    }

    [Fact]
    public async Task A_tiny_run_trains_with_the_plugin_augmenter_and_records_it()
    {
        // Given the tiny experiment with random-flip as its only augmentation, on six cases of a
        // 32 x 32 matrix instead of its twelve of 64, which halves the run
        using var tiny = new TinyExperiment(epochs: 2);
        var dataset = Path.Combine(tiny.Folder, "six-cases");
        new SyntheticDatasetGenerator(NullLogger<SyntheticDatasetGenerator>.Instance)
            .Generate(new SyntheticDatasetOptions(dataset, Cases: 6, Seed: 5, Matrix: 32));
        var file = Path.Combine(tiny.Folder, "flip.yaml");
        await File.WriteAllTextAsync(file, $"""
            extends: {tiny.File}
            data:
              dataset: {dataset}/dataset.json
            plugins: [{plugin.PluginsFolder}]
            augmentation:
              - name: random-flip
                axes: [left-right, superior-inferior]
                probability: 0.5
                multiplier: 2
            """);

        // When it is run
        var (exitCode, output) = await ExperimentsApp.RunAsync(tiny.Folder, "run", file);

        // Then it finishes, and the tracked run names the plugin's component and options
        Assert.True(exitCode == 0, output);
        var run = Assert.Single(await new TrackedRuns(tiny.Store).WithTagAsync(MlflowTags.RunName, "tiny"));
        Assert.Equal(RunStatus.Finished, run.Info.Status);
        Assert.Contains(
            new RunTag("experiments.component.augmentation.0", "random-flip 1.0.0 (RandomFlipPlugin.dll)"), run.Tags);
        Assert.Contains(new RunParameter("augmentation.0.axes", "[left-right, superior-inferior]"), run.Params);
    }

    /// <summary>The quickstart experiment with random-flip, loaded from the built plugin's folder.</summary>
    private string FlipExperiment(string name, string probability)
    {
        var file = plugin.File(name);
        var quickstart = Path.Combine(RepositoryPaths.Root, "experiments", "quickstart.yaml");
        File.WriteAllText(file, $"""
            extends: {quickstart}
            plugins: [{plugin.PluginsFolder}]
            augmentation:
              - name: random-flip
                axes: [left-right]
                multiplier: 2
                {probability}
            """);
        return file;
    }
}
