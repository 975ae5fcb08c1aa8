using Experiments.Configuration.Schema;
using Experiments.Contracts.Preprocessing;
using Experiments.Data.Datasets;
using Experiments.Data.Preprocessing;
using Experiments.Imaging.Geometry;
using Microsoft.Extensions.Logging;

namespace Experiments.Runner.Cases;

/// <summary>
/// Loads the dataset file, picks the training and validation cases (the file's lists, or a fold
/// of its training list), preprocesses them through the cached pipeline in parallel and turns
/// them into samples. Cases that fail are reported and left out; a run with no training or no
/// validation case left stops with the reasons.
/// </summary>
public sealed class CasePreparation(ILoggerFactory loggers)
{
    private readonly ILogger _logger = loggers.CreateLogger<CasePreparation>();

    public async Task<PreparedCases> PrepareAsync(
        DataConfig data,
        IReadOnlyList<PipelineStep> steps,
        string labelName,
        IProgress<PreprocessingProgress>? progress,
        CancellationToken cancellation)
    {
        SyntheticDataset.WriteIfMissing(data, loggers);
        var (training, validation) = Split(DatasetLoader.Load(data.Dataset), data.Folds);
        var prepared = await PrepareListsAsync(
            [("training", training), ("validation", validation)], data.Cache, steps, labelName, progress, cancellation);
        var grids = prepared.SelectMany(list => list.Grids).ToDictionary(pair => pair.Key, pair => pair.Value);
        return new PreparedCases(prepared[0].Samples, prepared[1].Samples, prepared[1].Cases, grids);
    }

    /// <summary>Preprocesses named lists of cases in one parallel pass and builds each list's samples.</summary>
    public async Task<IReadOnlyList<PreparedList>> PrepareListsAsync(
        IReadOnlyList<(string Name, IReadOnlyList<DatasetCase> Cases)> lists,
        string cacheFolder,
        IReadOnlyList<PipelineStep> steps,
        string labelName,
        IProgress<PreprocessingProgress>? progress,
        CancellationToken cancellation)
    {
        var pipeline = new PreprocessingPipeline(
            steps, [DatasetCaseSource.HematomaMask], cacheFolder, loggers.CreateLogger<PreprocessingPipeline>());
        var sources = lists.SelectMany(l => l.Cases).Select(c => new DatasetCaseSource(c, loggers)).ToList();
        var summary = await pipeline.RunAsync(sources, progress, cancellation);
        _logger.LogInformation("Preprocessing: {Hits} cases from the cache, {Computed} computed, {Failed} failed",
            summary.CacheHits, summary.Computed, summary.Failures.Count);
        foreach (var failure in summary.Failures)
        {
            _logger.LogWarning("Left out: {Reason}", failure.Message);
        }

        var failed = summary.Failures.ToDictionary(f => f.CaseId, f => f.Message);
        return lists.Select(list => Samples(list.Cases, failed, pipeline, labelName, list.Name)).ToList();
    }

    private static (IReadOnlyList<DatasetCase> Training, IReadOnlyList<DatasetCase> Validation) Split(
        DatasetFile dataset, FoldsConfig? folds)
    {
        if (folds is null)
        {
            return (dataset.Training, dataset.Validation);
        }

        var fold = KFoldSplitter.Split(dataset.Training, folds.Count, folds.Seed)[folds.Index];
        return (fold.Training, fold.Validation);
    }

    private PreparedList Samples(
        IReadOnlyList<DatasetCase> cases,
        IReadOnlyDictionary<string, string> failed,
        PreprocessingPipeline pipeline,
        string labelName,
        string listName)
    {
        var usable = cases.Where(c => !failed.ContainsKey(c.Id)).ToList();
        if (usable.Count == 0)
        {
            var reasons = cases.Count == 0
                ? "the dataset has none"
                : string.Join("; ", cases.Select(c => failed[c.Id]));
            throw new InvalidOperationException($"No {listName} case can be used: {reasons}.");
        }

        var grids = new Dictionary<string, VolumeGeometry>();
        var samples = usable.Select(c =>
        {
            var processed = pipeline.Process(new DatasetCaseSource(c, loggers)).Case;
            grids[c.Id] = processed.Image.Geometry;
            return SampleBuilder.Build(processed, c, DatasetCaseSource.HematomaMask, labelName);
        }).ToList();
        return new PreparedList(samples, usable, grids);
    }
}
