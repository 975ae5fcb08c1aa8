using Experiments.Contracts.Augmentation;
using Experiments.Training.Augmentation;

namespace Experiments.Models.Tests.Augmentation;

public sealed class AugmentationQueueTests
{
    private static readonly IReadOnlyList<TrainingSample> Cases =
        Enumerable.Range(0, 5).Select(index => Samples.Random($"case-{index}", 1, 2, 2, seed: index)).ToList();

    [Fact]
    public void EpochHoldsEveryCaseMultiplierTimesInTheSameOrderWhateverTheWorkers()
    {
        var single = new AugmentationQueue([new DrawRecorder(3)], seed: 1, workers: 1, capacity: 1)
            .Epoch(Cases, epoch: 0).ToList();
        var parallel = new AugmentationQueue([new DrawRecorder(3, slow: true)], seed: 1, workers: 4, capacity: 3)
            .Epoch(Cases, epoch: 0).ToList();

        Assert.Equal(15, single.Count);
        Assert.All(Cases, sample => Assert.Equal(3, single.Count(item => item.CaseId == sample.CaseId)));
        Assert.Equal(single.Select(Describe), parallel.Select(Describe));
    }

    [Fact]
    public void EachEpochShufflesAndDrawsAnew()
    {
        var queue = new AugmentationQueue([new DrawRecorder(2)], seed: 1);

        var first = queue.Epoch(Cases, epoch: 0).Select(Describe).ToList();
        var second = queue.Epoch(Cases, epoch: 1).Select(Describe).ToList();

        Assert.NotEqual(first, second);
        Assert.NotEqual(first.Order(), second.Order());
    }

    [Fact]
    public void WorkersStayWithinCapacityOfTheConsumerAndStopWhenItStops()
    {
        var recorder = new DrawRecorder(10);
        var queue = new AugmentationQueue([recorder], seed: 2, workers: 3, capacity: 4);
        var consumed = 0;

        foreach (var _ in queue.Epoch(Cases, epoch: 0).Take(6))
        {
            consumed++;
            Thread.Sleep(20);
            Assert.InRange(recorder.Started, consumed, consumed + 4);
        }

        Thread.Sleep(50);
        Assert.InRange(recorder.Started, 6, 10);
    }

    [Fact]
    public void AnAugmenterFailureReachesTheConsumerNamingTheCase()
    {
        var queue = new AugmentationQueue([new DrawRecorder(1, failOn: "case-3")], seed: 3);

        var error = Assert.Throws<AugmentationException>(() => queue.Epoch(Cases, epoch: 0).ToList());

        Assert.Equal("case-3", error.CaseId);
        Assert.Contains("case-3", error.Message);
    }

    [Fact]
    public void WithoutAugmentersEachCaseComesOnceUnchanged()
    {
        var epoch = new AugmentationQueue([], seed: 4).Epoch(Cases, epoch: 0).ToList();

        Assert.Equal(Cases.OrderBy(sample => sample.CaseId), epoch.OrderBy(sample => sample.CaseId));
    }

    private static string Describe(TrainingSample sample) => $"{sample.CaseId}:{sample.Image[0]}";

    /// <summary>Adds one drawn number to the image, so the output shows which Random it received.</summary>
    private sealed class DrawRecorder(int multiplier, bool slow = false, string? failOn = null) : IAugmenter
    {
        private int started;

        public int Multiplier => multiplier;

        public int Started => Volatile.Read(ref started);

        public TrainingSample Apply(TrainingSample sample, Random random)
        {
            Interlocked.Increment(ref started);
            if (sample.CaseId == failOn)
            {
                throw new InvalidOperationException("the augmenter broke");
            }

            if (slow)
            {
                Thread.Sleep(Environment.CurrentManagedThreadId % 4);
            }

            var shift = random.NextSingle();
            return sample with { Image = sample.Image.Select(value => value + shift).ToArray() };
        }
    }
}
