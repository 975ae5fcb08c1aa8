namespace Experiments.Tracking.FileStore;

/// <summary>Where MLflow's classic file store keeps each thing under its root folder.</summary>
public sealed class FileStoreLayout(string root)
{
    public const string MetaFile = "meta.yaml";
    public const string DefaultExperimentId = "0";

    public string Root { get; } = Path.GetFullPath(root);

    public string Trash => Path.Combine(Root, ".trash");

    public string Models => Path.Combine(Root, "models");

    public string Experiment(string experimentId) => Path.Combine(Root, experimentId);

    public string ExperimentMeta(string experimentId) => Path.Combine(Experiment(experimentId), MetaFile);

    public string ExperimentTags(string experimentId) => Path.Combine(Experiment(experimentId), "tags");

    public string Run(string experimentId, string runId) => Path.Combine(Experiment(experimentId), runId);

    public string RunMeta(string experimentId, string runId) => Path.Combine(Run(experimentId, runId), MetaFile);

    public string Metrics(string experimentId, string runId) => Path.Combine(Run(experimentId, runId), "metrics");

    public string Params(string experimentId, string runId) => Path.Combine(Run(experimentId, runId), "params");

    public string Tags(string experimentId, string runId) => Path.Combine(Run(experimentId, runId), "tags");

    public string Artifacts(string experimentId, string runId) => Path.Combine(Run(experimentId, runId), "artifacts");

    /// <summary>A key's file: <c>/</c> in a key becomes a sub-folder, as MLflow stores <c>train/loss</c>.</summary>
    public static string KeyFile(string folder, string key) =>
        Path.Combine([folder, .. key.Split('/')]);

    public static string ToFileUri(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;
}
