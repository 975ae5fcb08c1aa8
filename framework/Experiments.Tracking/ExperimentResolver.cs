namespace Experiments.Tracking;

/// <summary>
/// Finds an experiment by name or creates it. Two processes creating the same name at once is settled
/// by the server's RESOURCE_ALREADY_EXISTS code: the loser looks the name up again.
/// </summary>
public static class ExperimentResolver
{
    public static async Task<string> GetOrCreateAsync(ITrackingStore store, string name, CancellationToken cancellation)
    {
        if (await store.FindExperimentByNameAsync(name, cancellation) is { } existing)
        {
            return existing.ExperimentId;
        }

        try
        {
            return await store.CreateExperimentAsync(name, cancellation);
        }
        catch (TrackingException error) when (error.ErrorCode == MlflowErrorCodes.ResourceAlreadyExists)
        {
            return (await store.FindExperimentByNameAsync(name, cancellation))?.ExperimentId
                ?? throw new TrackingException(
                    $"Experiment '{name}' was reported as existing but cannot be found; is it deleted? " +
                    "Restore it in the MLflow UI or choose another name.", MlflowErrorCodes.ResourceDoesNotExist,
                    inner: error);
        }
    }
}
