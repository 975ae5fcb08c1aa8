using Experiments.Testing;

namespace Experiments.Configuration.Tests;

/// <summary>A minimal valid experiment, and a helper writing YAML files into a temporary folder.</summary>
internal static class ExperimentFiles
{
    public const string Minimal = """
        name: minimal
        data:
          dataset: data/dataset.json
        model:
          name: tiny-net
          width: 4
        tasks:
          segmentation:
            loss: dice
            target: hematoma
        loss_weighting:
          name: fixed
        """ + "\n";

    public static string Write(this TemporaryFolder folder, string name, string yaml)
    {
        var path = folder.File(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, yaml.ReplaceLineEndings("\n") + "\n");
        return path;
    }
}
