using System.Security.Cryptography;
using Experiments.Tracking.Keys;
using Experiments.Tracking.Model;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Experiments.Tracking.FileStore;

/// <summary>
/// Writes and reads MLflow's classic file store (<c>./mlruns</c>) in MLflow's exact layout, so
/// <c>mlflow ui</c> and <c>mlflow migrate-filestore</c> read it. Every <c>meta.yaml</c>, param and tag
/// is replaced atomically; metric lines are appended whole.
/// </summary>
public sealed class FileTrackingStore : ITrackingStore
{
    private readonly FileStoreLayout _layout;
    private readonly TimeProvider _clock;
    private readonly Func<string> _newRunId;
    private readonly Func<string> _newExperimentId;
    private readonly BatchValidator _validator;
    private readonly Lock _gate = new();

    public FileTrackingStore(
        string root,
        TimeProvider? clock = null,
        Func<string>? newRunId = null,
        Func<string>? newExperimentId = null,
        ILogger? logger = null,
        SecretGuard? secrets = null)
    {
        _layout = new FileStoreLayout(root);
        _clock = clock ?? TimeProvider.System;
        _newRunId = newRunId ?? (() => Guid.NewGuid().ToString("N"));
        _newExperimentId = newExperimentId ?? NewExperimentId;
        _validator = new BatchValidator(secrets ?? SecretGuard.None, logger ?? NullLogger.Instance);
    }

    public string Root => _layout.Root;

    public string Description => $"file store {_layout.Root}";

    public IReadOnlyList<ExperimentInfo> ListExperiments()
    {
        if (!Directory.Exists(_layout.Root))
        {
            return [];
        }

        return Directory.EnumerateDirectories(_layout.Root)
            .Where(folder => File.Exists(Path.Combine(folder, FileStoreLayout.MetaFile)))
            .Select(folder => ReadExperiment(Path.GetFileName(folder)))
            .OrderBy(experiment => experiment.ExperimentId, StringComparer.Ordinal)
            .ToList();
    }

    public IReadOnlyList<RunInfo> ListRuns(string experimentId) =>
        Directory.EnumerateDirectories(_layout.Experiment(experimentId))
            .Where(folder => File.Exists(Path.Combine(folder, FileStoreLayout.MetaFile)))
            .Select(folder => MetaYaml.ReadRun(Path.Combine(folder, FileStoreLayout.MetaFile)))
            .OrderBy(run => run.StartTime)
            .ThenBy(run => run.RunId, StringComparer.Ordinal)
            .ToList();

    public Task<ExperimentInfo?> FindExperimentByNameAsync(string name, CancellationToken cancellation)
    {
        EnsureInitialised();
        return Task.FromResult(ListExperiments().FirstOrDefault(experiment => experiment.Name == name));
    }

    public Task<string> CreateExperimentAsync(string name, CancellationToken cancellation)
    {
        lock (_gate)
        {
            EnsureInitialised();
            if (ListExperiments().Any(experiment => experiment.Name == name))
            {
                throw new TrackingException($"Experiment(name={name}) already exists.",
                    MlflowErrorCodes.ResourceAlreadyExists);
            }

            var id = _newExperimentId();
            WriteExperiment(id, name);
            return Task.FromResult(id);
        }
    }

    public void SetExperimentTag(string experimentId, string key, string value)
    {
        lock (_gate)
        {
            RequireExperiment(experimentId);
            AtomicFile.WriteAllText(FileStoreLayout.KeyFile(_layout.ExperimentTags(experimentId), key), value);
        }
    }

    public Task<RunInfo> CreateRunAsync(RunCreation creation, CancellationToken cancellation)
    {
        lock (_gate)
        {
            RequireExperiment(creation.ExperimentId);
            var runId = _newRunId();
            var run = new RunInfo(runId, creation.ExperimentId, creation.RunName, creation.UserId,
                RunStatus.Running, creation.StartTime, null,
                FileStoreLayout.ToFileUri(_layout.Artifacts(creation.ExperimentId, runId)), LifecycleStages.Active);
            foreach (var folder in new[] { _layout.Metrics, _layout.Params, _layout.Tags, _layout.Artifacts })
            {
                Directory.CreateDirectory(folder(creation.ExperimentId, runId));
            }

            AtomicFile.WriteAllText(_layout.RunMeta(creation.ExperimentId, runId), MetaYaml.WriteRun(run));
            var tags = creation.Tags.Append(new RunTag(MlflowTags.RunName, creation.RunName));
            WriteTags(run, tags);
            return Task.FromResult(run);
        }
    }

    public Task UpdateRunAsync(string runId, RunStatus status, long? endTime, CancellationToken cancellation)
    {
        lock (_gate)
        {
            var run = FindRun(runId);
            var updated = run with { Status = status, EndTime = endTime ?? run.EndTime };
            AtomicFile.WriteAllText(_layout.RunMeta(run.ExperimentId, runId), MetaYaml.WriteRun(updated));
            return Task.CompletedTask;
        }
    }

    public Task<TrackedRun> GetRunAsync(string runId, CancellationToken cancellation) =>
        Task.FromResult(ReadRun(FindRun(runId)));

    public Task<IReadOnlyList<TrackedRun>> SearchRunsAsync(
        string experimentId, string filter, CancellationToken cancellation)
    {
        var condition = TagEqualityFilter.Parse(filter);
        IReadOnlyList<TrackedRun> runs = ListRuns(experimentId)
            .Where(run => !run.IsDeleted)
            .Select(ReadRun)
            .Where(run => condition.Matches(run.Tags))
            .ToList();
        return Task.FromResult(runs);
    }

    public Task<IReadOnlyList<MetricPoint>> GetMetricHistoryAsync(
        string runId, string key, CancellationToken cancellation)
    {
        var run = FindRun(runId);
        var path = FileStoreLayout.KeyFile(_layout.Metrics(run.ExperimentId, runId), key);
        return Task.FromResult(File.Exists(path) ? MetricFile.Read(path, key) : (IReadOnlyList<MetricPoint>)[]);
    }

    public Task LogBatchAsync(string runId, LogBatch batch, CancellationToken cancellation)
    {
        var validated = _validator.Validate(batch);
        if (validated.Refusals.Count > 0)
        {
            throw new TrackingValidationException(validated.Refusals);
        }

        lock (_gate)
        {
            var run = RequireActive(FindRun(runId));
            WriteParams(run, validated.Accepted.Params);
            WriteTags(run, validated.Accepted.Tags);
            foreach (var series in validated.Accepted.Metrics.GroupBy(metric => metric.Key))
            {
                MetricFile.Append(FileStoreLayout.KeyFile(_layout.Metrics(run.ExperimentId, runId), series.Key),
                    series.Key, series);
            }

            return Task.CompletedTask;
        }
    }

    public Task UploadArtifactAsync(string runId, string localFile, string artifactPath, CancellationToken cancellation)
    {
        var run = RequireActive(FindRun(runId));
        var target = FileStoreLayout.KeyFile(_layout.Artifacts(run.ExperimentId, runId), artifactPath);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(localFile, target, overwrite: true);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<ArtifactEntry>> ListArtifactsAsync(
        string runId, string? folder, CancellationToken cancellation)
    {
        var run = FindRun(runId);
        var root = _layout.Artifacts(run.ExperimentId, runId);
        var directory = folder is null ? root : FileStoreLayout.KeyFile(root, folder);
        if (!Directory.Exists(directory))
        {
            return Task.FromResult<IReadOnlyList<ArtifactEntry>>([]);
        }

        IReadOnlyList<ArtifactEntry> entries = new DirectoryInfo(directory).EnumerateFileSystemInfos()
            .OrderBy(entry => entry.Name, StringComparer.Ordinal)
            .Select(entry => new ArtifactEntry(
                Path.GetRelativePath(root, entry.FullName).Replace(Path.DirectorySeparatorChar, '/'),
                entry is DirectoryInfo,
                entry is FileInfo file ? file.Length : null))
            .ToList();
        return Task.FromResult(entries);
    }

    /// <summary>MLflow creates the trash folder, the registry folder and the "Default" experiment 0.</summary>
    private void EnsureInitialised()
    {
        if (File.Exists(_layout.ExperimentMeta(FileStoreLayout.DefaultExperimentId)))
        {
            return;
        }

        Directory.CreateDirectory(_layout.Trash);
        Directory.CreateDirectory(_layout.Models);
        WriteExperiment(FileStoreLayout.DefaultExperimentId, "Default");
    }

    private void WriteExperiment(string id, string name)
    {
        var now = _clock.GetUtcNow().ToUnixTimeMilliseconds();
        var experiment = new ExperimentInfo(id, name, FileStoreLayout.ToFileUri(_layout.Experiment(id)),
            LifecycleStages.Active, []);
        AtomicFile.WriteAllText(_layout.ExperimentMeta(id), MetaYaml.WriteExperiment(experiment, now, now));
    }

    private ExperimentInfo ReadExperiment(string id)
    {
        var tags = KeyedFiles.Enumerate(_layout.ExperimentTags(id))
            .Select(entry => new RunTag(entry.Key, File.ReadAllText(entry.Path)))
            .ToList();
        return MetaYaml.ReadExperiment(_layout.ExperimentMeta(id), tags);
    }

    private void RequireExperiment(string experimentId)
    {
        if (!File.Exists(_layout.ExperimentMeta(experimentId)))
        {
            throw new TrackingException($"No Experiment with id={experimentId} exists",
                MlflowErrorCodes.ResourceDoesNotExist);
        }
    }

    private RunInfo FindRun(string runId)
    {
        if (Directory.Exists(_layout.Root))
        {
            foreach (var experiment in Directory.EnumerateDirectories(_layout.Root))
            {
                var meta = Path.Combine(experiment, runId, FileStoreLayout.MetaFile);
                if (File.Exists(meta))
                {
                    return MetaYaml.ReadRun(meta);
                }
            }
        }

        throw new TrackingException($"Run with id={runId} not found", MlflowErrorCodes.ResourceDoesNotExist);
    }

    private static RunInfo RequireActive(RunInfo run) => run.IsDeleted
        ? throw new TrackingException(
            $"The run {run.RunId} must be in the 'active' state. Current state is deleted.",
            MlflowErrorCodes.InvalidParameterValue)
        : run;

    private TrackedRun ReadRun(RunInfo run)
    {
        var metrics = KeyedFiles.Enumerate(_layout.Metrics(run.ExperimentId, run.RunId))
            .Select(entry => MetricFile.Read(entry.Path, entry.Key))
            .Where(series => series.Count > 0)
            .Select(series => series.MaxBy(point => (point.Step, point.Timestamp, point.Value))!)
            .ToList();
        var parameters = KeyedFiles.Enumerate(_layout.Params(run.ExperimentId, run.RunId))
            .Select(entry => new RunParameter(entry.Key, File.ReadAllText(entry.Path)))
            .ToList();
        var tags = KeyedFiles.Enumerate(_layout.Tags(run.ExperimentId, run.RunId))
            .Select(entry => new RunTag(entry.Key, File.ReadAllText(entry.Path)))
            .ToList();
        return new TrackedRun(run, metrics, parameters, tags);
    }

    private void WriteParams(RunInfo run, IEnumerable<RunParameter> parameters)
    {
        foreach (var parameter in parameters)
        {
            var path = FileStoreLayout.KeyFile(_layout.Params(run.ExperimentId, run.RunId), parameter.Key);
            if (File.Exists(path) && File.ReadAllText(path) is var existing && existing != parameter.Value)
            {
                throw new TrackingException(
                    $"Changing param values is not allowed. Param with key='{parameter.Key}' was already logged " +
                    $"with value='{existing}' for run ID='{run.RunId}'. Attempted logging new value " +
                    $"'{parameter.Value}'.", MlflowErrorCodes.InvalidParameterValue);
            }

            AtomicFile.WriteAllText(path, parameter.Value);
        }
    }

    private void WriteTags(RunInfo run, IEnumerable<RunTag> tags)
    {
        foreach (var tag in tags)
        {
            AtomicFile.WriteAllText(FileStoreLayout.KeyFile(_layout.Tags(run.ExperimentId, run.RunId), tag.Key),
                tag.Value);
        }
    }

    /// <summary>A positive 63-bit random integer, as MLflow 2.x numbers file-store experiments.</summary>
    private static string NewExperimentId() =>
        (BitConverter.ToInt64(RandomNumberGenerator.GetBytes(8)) & long.MaxValue).ToString(
            System.Globalization.CultureInfo.InvariantCulture);
}
