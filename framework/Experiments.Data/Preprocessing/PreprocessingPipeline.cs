using Experiments.Contracts.Preprocessing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Experiments.Data.Preprocessing;

/// <summary>
/// The ordered preprocessing steps, checked to fit together when built (each step's declared
/// output feeds the next), run per case with the result of every step prefix cached on disk.
/// The input key (a hash of the input files' content) is remembered against the files' paths,
/// lengths and write times, so a cache hit reads no input file.
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
        OutputShape = Check(steps, datasetMasks);
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
            return new PreprocessedCase(ApplyAll(source.Load()), 0, _steps.Count);
        }

        var keys = Keys(source, _store);
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
        var completed = 0;
        var outcomes = new CaseOutcome[sources.Count];
        var failures = new List<CaseException>();
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = Environment.ProcessorCount,
            CancellationToken = cancellation,
        };
        await Parallel.ForEachAsync(Enumerable.Range(0, sources.Count), parallel, (index, _) =>
        {
            var source = sources[index];
            outcomes[index] = RunOne(source, failures);
            var done = Interlocked.Increment(ref completed);
            progress?.Report(new PreprocessingProgress(done, sources.Count, source.Id, outcomes[index]));
            return ValueTask.CompletedTask;
        });

        return new PreprocessingSummary(
            outcomes.Count(o => o == CaseOutcome.CacheHit), outcomes.Count(o => o == CaseOutcome.Computed), failures);
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

    private ImagingCase ApplyAll(ImagingCase input)
    {
        var current = input;
        foreach (var step in _steps)
        {
            current = step.Preprocessor.Apply(current);
        }

        return current;
    }

    private string[] Keys(ICaseSource source, CaseStore store)
    {
        var keys = new string[_steps.Count + 1];
        var stamp = CacheKeys.FileStamp(source.Id, source.InputFiles);
        keys[0] = store.RememberedInputKey(stamp)
                  ?? Remember(store, stamp, CacheKeys.ForInputs(source.Id, source.InputFiles));
        for (var s = 0; s < _steps.Count; s++)
        {
            keys[s + 1] = CacheKeys.Next(keys[s], _steps[s]);
        }

        return keys;
    }

    private static string Remember(CaseStore store, string stamp, string inputKey)
    {
        store.RememberInputKey(stamp, inputKey);
        return inputKey;
    }

    /// <summary>
    /// Feeds each step's declared output to the next, from cases that bring
    /// <paramref name="datasetMasks"/>; a step that cannot take its input throws naming the step.
    /// </summary>
    public static PipelineShape Check(IReadOnlyList<PipelineStep> steps, IEnumerable<string> datasetMasks)
    {
        var shape = PipelineShape.Raw(datasetMasks);
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
