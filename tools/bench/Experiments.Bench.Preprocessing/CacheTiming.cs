using System.Diagnostics;
using Experiments.Data.Preprocessing;

namespace Experiments.Bench.Preprocessing;

/// <summary>Times filling the cache for a few cases, then a second run that finds them all cached.</summary>
internal static class CacheTiming
{
    private const int Cases = 4;

    public static void Report(IReadOnlyList<PipelineStep> steps, string series, string cacheFolder)
    {
        if (Directory.Exists(cacheFolder))
        {
            Directory.Delete(cacheFolder, recursive: true);
        }

        var sources = Enumerable.Range(1, Cases)
            .Select(n => (ICaseSource)new FolderCaseSource($"bench-{n}", series)).ToArray();
        var pipeline = new PreprocessingPipeline(steps, [], cacheFolder);

        var clock = Stopwatch.StartNew();
        var first = pipeline.RunAsync(sources).GetAwaiter().GetResult();
        var fill = clock.Elapsed.TotalSeconds;
        clock.Restart();
        var second = pipeline.RunAsync(sources).GetAwaiter().GetResult();
        var hit = clock.Elapsed.TotalMilliseconds / Cases;
        var singleHit = double.MaxValue;
        PreprocessedCase single = null!;
        for (var run = 0; run < 5; run++)
        {
            clock.Restart();
            single = pipeline.Process(sources[0]);
            singleHit = Math.Min(singleHit, clock.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine($"\nCache: first run {Cases} cases in {fill:F2} s ({first.Computed} computed), second run " +
                          $"{second.CacheHits} hits at {hit:F1} ms per case (parallel); " +
                          $"one case alone {singleHit:F1} ms (best of 5) " +
                          $"({single.StepsFromCache} steps from the cache)");
    }
}
