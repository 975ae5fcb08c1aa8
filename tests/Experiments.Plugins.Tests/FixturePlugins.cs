using Experiments.Plugins.Discovery;
using Experiments.Testing;

namespace Experiments.Plugins.Tests;

/// <summary>Where the fixture plugins' builds land, as plugin sources.</summary>
internal static class FixturePlugins
{
    public static string Folder(string name) => Path.Combine(RepositoryPaths.Root, "artifacts", "test-plugins", name);

    public static PluginSource Fixture => new(Folder("FixturePlugin"), "test");

    public static PluginSource Clashing => new(Folder("ClashingPlugin"), "test");

    public static string FixtureAssembly => Path.Combine(Folder("FixturePlugin"), "FixturePlugin.dll");

    public static string ClashingAssembly => Path.Combine(Folder("ClashingPlugin"), "ClashingPlugin.dll");

    /// <summary>An experiment using only the fixture plugin's components, on a 8 x 8 x 4 grid.</summary>
    public const string Experiment = """
        name: fixture-experiment
        seed: 7
        data:
          dataset: dataset.json
        preprocessing:
          - name: fixed-grid
            matrix: [8, 8, 4]
        model:
          name: tiny-two-task-net
          width: 6
        tasks:
          segmentation:
            loss: dice
            target: hematoma
          expansion:
            loss: bce
            target: expansion
        loss_weighting:
          name: weighted-sum
          weights:
            segmentation: 0.9
            expansion: 0.1
        optimizer:
          name: adam
          learning_rate: 0.01
        """ + "\n";
}
