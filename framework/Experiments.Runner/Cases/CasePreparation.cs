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
        var dataset = DatasetLoader.Load(data.Dataset);
        var (training, validation) = Split(dataset, data.Folds);
        var pipeline = new PreprocessingPipeline(
            steps, [DatasetCaseSource.HematomaMask], data.Cache, loggers.CreateLogger<PreprocessingPipeline>());
        var sources = training.Concat(validation).Select(c => new DatasetCaseSource(c, loggers)).ToList();
        var summary = await pipeline.RunAsync(sources, progress, cancellation);
        _logger.LogInformation("Preprocessing: {Hits} cases from the cache, {Computed} computed, {Failed} failed",
            summary.CacheHits, summary.Computed, summary.Failures.Count);
        var failed = summary.Failures.ToDictionary(f => f.CaseId, f => f.Message);
        foreach (var failure in summary.Failures)
        {
            _logger.LogWarning("Left out: {Reason}", failure.Message);
        }

        var grids = new Dictionary<string, VolumeGeometry>();
        var trainingSamples = Samples(training, failed, pipeline, labelName, grids, "training");
        var validationCases = validation.Where(c => !failed.ContainsKey(c.Id)).ToList();
        var validationSamples = Samples(validationCases, failed, pipeline, labelName, grids, "validation");
        return new PreparedCases(trainingSamples, validationSamples, validationCases, grids);
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

    private IReadOnlyList<Contracts.Augmentation.TrainingSample> Samples(
        IReadOnlyList<DatasetCase> cases,
        IReadOnlyDictionary<string, string> failed,
        PreprocessingPipeline pipeline,
        string labelName,
        Dictionary<string, VolumeGeometry> grids,
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

        return usable.Select(c =>
        {
            var processed = pipeline.Process(new DatasetCaseSource(c, loggers)).Case;
            grids[c.Id] = processed.Image.Geometry;
            return SampleBuilder.Build(processed, c, DatasetCaseSource.HematomaMask, labelName);
        }).ToList();
    }
}
