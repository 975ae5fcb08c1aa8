using System.Globalization;
using Experiments.Tracking.Model;

namespace Experiments.Tracking.FileStore;

/// <summary>The <c>meta.yaml</c> files of experiments and runs, keys sorted as PyYAML writes them.</summary>
public static class MetaYaml
{
    public static string WriteExperiment(ExperimentInfo experiment, long creationTime, long lastUpdateTime) =>
        Lines(
            ("artifact_location", YamlScalar.Write(experiment.ArtifactLocation)),
            ("creation_time", Number(creationTime)),
            ("experiment_id", YamlScalar.Write(experiment.ExperimentId)),
            ("last_update_time", Number(lastUpdateTime)),
            ("lifecycle_stage", YamlScalar.Write(experiment.LifecycleStage)),
            ("name", YamlScalar.Write(experiment.Name)));

    public static string WriteRun(RunInfo run) =>
        Lines(
            ("artifact_uri", YamlScalar.Write(run.ArtifactUri)),
            ("end_time", run.EndTime is { } end ? Number(end) : "null"),
            ("entry_point_name", "''"),
            ("experiment_id", YamlScalar.Write(run.ExperimentId)),
            ("lifecycle_stage", YamlScalar.Write(run.LifecycleStage)),
            ("run_id", YamlScalar.Write(run.RunId)),
            ("run_name", YamlScalar.Write(run.RunName)),
            ("run_uuid", YamlScalar.Write(run.RunId)),
            ("source_name", "''"),
            ("source_type", "4"),
            ("source_version", "''"),
            ("start_time", Number(run.StartTime)),
            ("status", Number((int)run.Status)),
            ("tags", "[]"),
            ("user_id", YamlScalar.Write(run.UserId)));

    /// <summary>The top-level <c>key: value</c> pairs; nested structures MLflow leaves empty are skipped.</summary>
    public static IReadOnlyDictionary<string, string?> Read(string path)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var line in File.ReadAllLines(path))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (line.Length == 0 || char.IsWhiteSpace(line[0]) || line[0] == '-' || colon <= 0)
            {
                continue;
            }

            values[line[..colon]] = YamlScalar.Read(line[(colon + 1)..]);
        }

        return values;
    }

    public static ExperimentInfo ReadExperiment(string path, IReadOnlyList<RunTag> tags)
    {
        var values = Read(path);
        return new ExperimentInfo(
            Required(values, "experiment_id", path),
            Required(values, "name", path),
            values.GetValueOrDefault("artifact_location") ?? "",
            values.GetValueOrDefault("lifecycle_stage") ?? LifecycleStages.Active,
            tags);
    }

    public static RunInfo ReadRun(string path)
    {
        var values = Read(path);
        var runId = values.GetValueOrDefault("run_id") ?? Required(values, "run_uuid", path);
        return new RunInfo(
            runId,
            Required(values, "experiment_id", path),
            values.GetValueOrDefault("run_name") ?? "",
            values.GetValueOrDefault("user_id") ?? "",
            (RunStatus)int.Parse(Required(values, "status", path), CultureInfo.InvariantCulture),
            long.Parse(values.GetValueOrDefault("start_time") ?? "0", CultureInfo.InvariantCulture),
            values.GetValueOrDefault("end_time") is { } end ? long.Parse(end, CultureInfo.InvariantCulture) : null,
            values.GetValueOrDefault("artifact_uri") ?? "",
            values.GetValueOrDefault("lifecycle_stage") ?? LifecycleStages.Active);
    }

    private static string Required(IReadOnlyDictionary<string, string?> values, string key, string path) =>
        values.GetValueOrDefault(key)
        ?? throw new TrackingException($"{path} has no '{key}' entry; it is not an MLflow meta.yaml.",
            MlflowErrorCodes.InvalidParameterValue);

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Lines(params (string Key, string Value)[] entries) =>
        string.Concat(entries.Select(entry => $"{entry.Key}: {entry.Value}\n"));
}
