using Experiments.Contracts.Augmentation;

namespace Experiments.Training.Augmentation;

/// <summary>
/// Background workers producing items 0..n-1: a worker takes a free slot, claims the next index
/// and completes that index's result; the consumer takes results in index order, each freeing a
/// slot. Claims go in index order, so the item the consumer waits for is always claimed or next.
/// </summary>
internal sealed class WorkerRun : IDisposable
{
    private readonly TaskCompletionSource<TrainingSample>[] results;
    private readonly SemaphoreSlim slots;
    private readonly Func<int, TrainingSample> produce;
    private readonly CancellationTokenSource stop = new();
    private readonly List<Thread> threads = [];
    private int nextIndex = -1;

    public WorkerRun(int count, int capacity, Func<int, TrainingSample> produce)
    {
        results = Enumerable.Range(0, count)
            .Select(_ => new TaskCompletionSource<TrainingSample>(TaskCreationOptions.RunContinuationsAsynchronously))
            .ToArray();
        slots = new SemaphoreSlim(capacity);
        this.produce = produce;
    }

    public void Start(int workers)
    {
        for (var worker = 0; worker < workers; worker++)
        {
            var thread = new Thread(Work) { IsBackground = true, Name = $"augmentation-{worker}" };
            threads.Add(thread);
            thread.Start();
        }
    }

    public TrainingSample Take(int index)
    {
        var sample = results[index].Task.GetAwaiter().GetResult();
        slots.Release();
        return sample;
    }

    public void Dispose()
    {
        stop.Cancel();
        threads.ForEach(thread => thread.Join());
        stop.Dispose();
        slots.Dispose();
    }

    private void Work()
    {
        while (TryClaim(out var index))
        {
            try
            {
                results[index].SetResult(produce(index));
            }
            catch (Exception error)
            {
                results[index].SetException(error);
            }
        }
    }

    private bool TryClaim(out int index)
    {
        index = -1;
        try
        {
            slots.Wait(stop.Token);
        }
        catch (OperationCanceledException)
        {
            return false;
        }

        index = Interlocked.Increment(ref nextIndex);
        return index < results.Length;
    }
}
