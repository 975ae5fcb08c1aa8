using Experiments.Training.Timing;

namespace Experiments.Training.Tests.Timing;

public class RunDurationEstimateTests
{
    [Fact]
    public void The_papers_schedule_on_a_cpu_adds_up_to_days()
    {
        // Given 20 s per step (the full-size network on this CPU), 100 training cases enlarged 10
        // times, batch size 1, 30 validation cases of 6 s each and 40 epochs
        var estimate = new RunDurationEstimate(
            TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(6), TrainingCases: 100, Multiplier: 10, BatchSize: 1,
            ValidationCases: 30, Epochs: 40);

        // Then an epoch is 1000 steps (20,000 s) plus 180 s of validation, and the run is 40 such
        // epochs plus the final evaluation: 40 x 20,180 + 180 = 807,380 s = 9 d 8 h 16 min 20 s
        Assert.Equal(1000, estimate.BatchesPerEpoch);
        Assert.Equal(TimeSpan.FromSeconds(20_000), estimate.TrainingPerEpoch);
        Assert.Equal(TimeSpan.FromSeconds(180), estimate.ValidationPerEpoch);
        Assert.Equal(TimeSpan.FromSeconds(807_380), estimate.Total);
        Assert.Equal("9 d 8 h", RunDurationEstimate.Readable(estimate.Total));
    }

    [Fact]
    public void A_short_last_batch_still_costs_a_step()
    {
        // 7 cases x 2 variants = 14 samples in batches of 4: 4 + 4 + 4 + 2
        var estimate = new RunDurationEstimate(
            TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(0.25), TrainingCases: 7, Multiplier: 2, BatchSize: 4,
            ValidationCases: 4, Epochs: 3);

        Assert.Equal(4, estimate.BatchesPerEpoch);
        Assert.Equal(TimeSpan.FromSeconds(3 * (4 * 1.5 + 4 * 0.25) + 4 * 0.25), estimate.Total);
    }

    [Theory]
    [InlineData(44.6, "45 s")]
    [InlineData(200, "3 min 20 s")]
    [InlineData(18_720, "5 h 12 min")]
    public void Durations_read_in_the_largest_fitting_units(double seconds, string expected) =>
        Assert.Equal(expected, RunDurationEstimate.Readable(TimeSpan.FromSeconds(seconds)));
}
