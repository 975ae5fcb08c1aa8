using Experiments.Tracking;
using Experiments.Tracking.FileStore;
using Experiments.Tracking.Model;

namespace Experiments.EndToEnd.Tests;

/// <summary>Reads back what a run left in an MLflow file store.</summary>
internal sealed class TrackedRuns(string store)
{
    public FileTrackingStore Store { get; } = new(store);

    public async Task<IReadOnlyList<TrackedRun>> WithTagAsync(string key, string value)
    {
        var experiment = await Store.FindExperimentByNameAsync("tiny", CancellationToken.None)
                         ?? throw new InvalidOperationException($"No experiment 'tiny' in {store}.");
        return await Store.SearchRunsAsync(
            experiment.ExperimentId, new TagEqualityFilter(key, value).ToString(), CancellationToken.None);
    }

    public async Task<IReadOnlyList<string>> ArtifactsAsync(string runId, string folder) =>
        (await Store.ListArtifactsAsync(runId, folder, CancellationToken.None)).Select(a => a.Path).ToList();

    public Task<IReadOnlyList<MetricPoint>> HistoryAsync(string runId, string key) =>
        Store.GetMetricHistoryAsync(runId, key, CancellationToken.None);
}
