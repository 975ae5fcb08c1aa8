using Experiments.Contracts.Preprocessing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Experiments.Data.Preprocessing;

/// <summary>
/// The ordered preprocessing steps, checked to fit together when built (each step's declared
/// output feeds the next), run per case with the result of every step prefix cached on disk.
/// </summary>
public sealed class PreprocessingPipeline
{
    private readonly IReadOnlyList<PipelineStep> _steps;
    private readonly CaseStore? _store;
    private readonly ILogger _logger;

    /// <param name="steps">The steps in order.</param>
    /// <param name="datasetMasks">The masks every case brings from the dataset (e.g. hematoma).</param>
    /// <param name="cacheFolder">Where results are cached; null runs without a cache.</param>
    /// <param name="logger">Receives a line per computed case at Debug.</param>
    public PreprocessingPipeline(IReadOnlyList<PipelineStep> steps, IEnumerable<string> datasetMasks,
        string? cacheFolder, ILogger? logger = null)
    {
        _steps = steps;
        OutputShape = Check(steps, PipelineShape.Raw(datasetMasks));
        _store = cacheFolder is null ? null : new CaseStore(cacheFolder);
        _logger = logger ?? NullLogger.Instance;
    }

    /// <summary>The shape every case has after the last step.</summary>
    public PipelineShape OutputShape { get; }

    /// <summary>Runs one case, reusing the longest cached prefix of the steps.</summary>
    public PreprocessedCase Process(ICaseSource source)
    {
        if (_store is null)
        {
            return new PreprocessedCase(Apply(source.Load(), 0), 0, _steps.Count);
        }

        var keys = Keys(source);
        var cached = _steps.Count;
        while (cached > 0 && !_store.Contains(keys[cached]))
        {
            cached--;
        }

        var current = cached > 0 ? _store.Load(keys[cached]) : source.Load();
        for (var s = cached; s < _steps.Count; s++)
        {
            current = _steps[s].Preprocessor.Apply(current);
            _store.Save(keys[s + 1], current);
        }

        _logger.LogDebug("Case {Case}: {Cached} steps from the cache, {Computed} computed",
            source.Id, cached, _steps.Count - cached);
        return new PreprocessedCase(current, cached, _steps.Count - cached);
    }

    /// <summary>
    /// Runs every case, in parallel up to the number of cores, reporting each finished case.
    /// Cases that fail with a <see cref="CaseException"/> are collected, not thrown.
    /// </summary>
    public async Task<PreprocessingSummary> RunAsync(IReadOnlyList<ICaseSource> sources,
        IProgress<PreprocessingProgress>? progress = null, CancellationToken cancellation = default)
    {
        int completed = 0, hits = 0, computed = 0;
        var failures = new List<CaseException>();
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = Environment.ProcessorCount,
            CancellationToken = cancellation,
        };
        await Parallel.ForEachAsync(sources, parallel, (source, _) =>
        {
            var outcome = RunOne(source, failures);
            Interlocked.Increment(ref outcome == CaseOutcome.CacheHit ? ref hits : ref computed);
            var done = Interlocked.Increment(ref completed);
            progress?.Report(new PreprocessingProgress(done, sources.Count, source.Id, outcome));
            return ValueTask.CompletedTask;
        });

        return new PreprocessingSummary(hits, computed - failures.Count, failures);
    }

    private CaseOutcome RunOne(ICaseSource source, List<CaseException> failures)
    {
        try
        {
            return Process(source).Outcome;
        }
        catch (CaseException failure)
        {
            lock (failures)
            {
                failures.Add(failure);
            }

            return CaseOutcome.Failed;
        }
    }

    private ImagingCase Apply(ImagingCase input, int from)
    {
        var current = input;
        for (var s = from; s < _steps.Count; s++)
        {
            current = _steps[s].Preprocessor.Apply(current);
        }

        return current;
    }

    private string[] Keys(ICaseSource source)
    {
        var keys = new string[_steps.Count + 1];
        keys[0] = CacheKeys.ForInputs(source.Id, source.InputFiles);
        for (var s = 0; s < _steps.Count; s++)
        {
            keys[s + 1] = CacheKeys.Next(keys[s], _steps[s]);
        }

        return keys;
    }

    private static PipelineShape Check(IReadOnlyList<PipelineStep> steps, PipelineShape shape)
    {
        for (var s = 0; s < steps.Count; s++)
        {
            try
            {
                shape = steps[s].Preprocessor.DescribeOutput(shape);
            }
            catch (PipelineException problem)
            {
                throw new PipelineException($"preprocessing step {s + 1} ({steps[s].Name}): {problem.Message}");
            }
        }

        return shape;
    }
}
