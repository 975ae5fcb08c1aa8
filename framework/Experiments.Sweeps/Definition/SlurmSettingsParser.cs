using Experiments.Sweeps.Slurm;
using YamlDotNet.RepresentationModel;

namespace Experiments.Sweeps.Definition;

/// <summary>Reads <c>sweep.slurm</c>: partition, cpus_per_task, memory, time, concurrency, account, gpus.</summary>
internal static class SlurmSettingsParser
{
    private static readonly string[] Keys =
        ["partition", "cpus_per_task", "memory", "time", "concurrency", "account", "gpus"];

    public static SlurmSettings Parse(YamlNode node, string path, YamlReading reading)
    {
        var settings = new SlurmSettings();
        foreach (var (keyNode, value) in YamlReading.Entries(reading.Mapping(node, path)))
        {
            var key = YamlReading.KeyOf(keyNode);
            var at = $"{path}.{key}";
            settings = key switch
            {
                "partition" => settings with { Partition = reading.Text(value, at) },
                "cpus_per_task" =>
                    settings with { CpusPerTask = reading.Integer(value, at, 1) ?? settings.CpusPerTask },
                "memory" => settings with { Memory = reading.Text(value, at) ?? settings.Memory },
                "time" => settings with { Time = reading.Text(value, at) ?? settings.Time },
                "concurrency" => settings with { Concurrency = reading.Integer(value, at, 1) ?? settings.Concurrency },
                "account" => settings with { Account = reading.Text(value, at) },
                "gpus" => settings with { Gpus = reading.Text(value, at) },
                _ => Unknown(keyNode, at, key, settings, reading),
            };
        }

        return settings;
    }

    private static SlurmSettings Unknown(
        YamlNode node, string path, string key, SlurmSettings settings, YamlReading reading)
    {
        reading.Problem(node, path, $"unknown Slurm setting '{key}'{Suggestion.For(key, Keys)}; " +
                                    $"expected one of: {string.Join(", ", Keys)}");
        return settings;
    }
}
