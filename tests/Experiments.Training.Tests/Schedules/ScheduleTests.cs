using Experiments.Training.Schedules;

namespace Experiments.Training.Tests.Schedules;

/// <summary>Schedules against values worked out by hand from their formulas (tolerance 1e-12 relative).</summary>
public sealed class ScheduleTests
{
    [Theory]
    [InlineData(0, 1e-4)]
    [InlineData(19, 1e-4)]
    [InlineData(20, 1e-5)]
    [InlineData(29, 1e-5)]
    [InlineData(30, 1e-6)]
    [InlineData(39, 1e-6)]
    public void Multistep_is_the_papers_schedule_by_default(int epoch, double expected)
    {
        var schedule = new MultiStepSettings().Create(1e-4, 40);

        AssertClose(expected, schedule.LearningRateAt(new TrainingClock(epoch, 0.7)));
    }

    [Theory]
    [InlineData(0, 1.0)]
    [InlineData(2, 0.9045084971874737)]
    [InlineData(5, 0.5)]
    [InlineData(9, 0.024471741852423234)]
    public void Cosine_falls_from_the_base_rate_by_half_a_cosine_per_epoch(int epoch, double expected)
    {
        var schedule = new CosineSettings().Create(1.0, 10);

        AssertClose(expected, schedule.LearningRateAt(new TrainingClock(epoch, 0.5)));
    }

    [Theory]
    [InlineData(0, 0.0, 0.01)]
    [InlineData(0, 0.5, 0.2575)]
    [InlineData(1, 0.0, 0.505)]
    [InlineData(2, 0.0, 1.0)]
    [InlineData(6, 0.0, 0.5)]
    [InlineData(9, 0.0, 0.03806023374435663)]
    public void Warmup_cosine_rises_every_step_then_follows_the_cosine(int epoch, double fraction, double expected)
    {
        var schedule = new WarmupCosineSettings { WarmupEpochs = 2 }.Create(1.0, 10);

        AssertClose(expected, schedule.LearningRateAt(new TrainingClock(epoch, fraction)));
    }

    [Fact]
    public void Exponential_multiplies_by_gamma_each_epoch()
    {
        var schedule = new ExponentialSettings { Gamma = 0.5 }.Create(1.0, 10);

        AssertClose(0.125, schedule.LearningRateAt(new TrainingClock(3, 0.9)));
    }

    [Theory]
    [InlineData(0, 0.0, 0.04)]
    [InlineData(1, 0.5, 0.52)]
    [InlineData(3, 0.0, 1.0)]
    [InlineData(6, 0.5, 0.500002)]
    [InlineData(10, 0.0, 4e-6)]
    public void One_cycle_rises_to_the_peak_at_30_percent_then_falls_below_the_start(int epoch, double fraction, double expected)
    {
        var schedule = new OneCycleSettings().Create(1.0, 10);

        AssertClose(expected, schedule.LearningRateAt(new TrainingClock(epoch, fraction)));
    }

    [Fact]
    public void Reduce_on_plateau_cuts_the_rate_after_patience_is_exceeded_and_survives_a_save_and_restore()
    {
        // Given patience 1 and factor 0.5 on a loss that improves twice, then stalls
        var settings = new ReduceOnPlateauSettings { Patience = 1, Factor = 0.5 };
        var schedule = settings.Create(1.0, 10);
        double[] losses = [1.0, 0.9, 0.95, 0.95];
        var rates = new List<double>();
        for (var epoch = 0; epoch < losses.Length; epoch++)
        {
            schedule.EpochCompleted(epoch, new Dictionary<string, double> { ["val.loss"] = losses[epoch] });
            rates.Add(schedule.LearningRateAt(new TrainingClock(epoch + 1, 0)));
        }

        // When its state moves into a new schedule, which then sees two more stalled epochs
        var restored = settings.Create(1.0, 10);
        restored.RestoreState(schedule.SaveState());
        foreach (var epoch in new[] { 4, 5 })
        {
            restored.EpochCompleted(epoch, new Dictionary<string, double> { ["val.loss"] = 0.95 });
            rates.Add(restored.LearningRateAt(new TrainingClock(epoch + 1, 0)));
        }

        // Then the second bad epoch halves the rate, and the restored one halves it again two epochs later
        Assert.Equal([1.0, 1.0, 1.0, 0.5, 0.5, 0.25], rates);
    }

    [Fact]
    public void Reduce_on_plateau_names_the_available_metrics_when_its_monitor_is_missing()
    {
        var schedule = new ReduceOnPlateauSettings { Monitor = "val.dcie" }.Create(1.0, 10);

        var error = Assert.Throws<KeyNotFoundException>(() =>
            schedule.EpochCompleted(0, new Dictionary<string, double> { ["val.dice"] = 0.5 }));

        Assert.Contains("'val.dcie'", error.Message);
        Assert.Contains("val.dice", error.Message);
    }

    [Fact]
    public void Every_named_schedule_binds_to_a_settings_record()
    {
        Assert.Equal(
            ["constant", "cosine", "exponential", "multistep", "one-cycle", "reduce-on-plateau", "warmup-cosine"],
            ScheduleSettings.ByName.Keys.Order());
        Assert.All(ScheduleSettings.ByName.Values, type => Assert.True(type.IsSubclassOf(typeof(ScheduleSettings))));
    }

    [Fact]
    public void A_warmup_as_long_as_the_run_is_rejected_with_both_numbers()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new WarmupCosineSettings { WarmupEpochs = 5 }.Create(1, 5));

        Assert.Contains("warmup_epochs (5) must be below the epoch count (5)", error.Message);
    }

    private static void AssertClose(double expected, double actual) =>
        Assert.True(Math.Abs(expected - actual) <= 1e-12 * Math.Max(1, Math.Abs(expected)), $"expected {expected}, got {actual}");
}
