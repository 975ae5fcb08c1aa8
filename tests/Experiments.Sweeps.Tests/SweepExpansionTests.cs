using System.Globalization;
using Experiments.Sweeps.Plan;

namespace Experiments.Sweeps.Tests;

public class SweepExpansionTests
{
    [Fact]
    public void Grid_runs_every_combination_with_the_first_key_slowest()
    {
        using var yaml = new SweepYaml("""
            name: base
            sweep:
              grid:
                schedule.name: [multistep, cosine]
                optimizer.learning_rate: [1.0e-4, 3.0e-4, 1.0e-3]
            """);

        var plan = yaml.Parse().ToPlan();

        Assert.Equal(6, plan.Trials.Count);
        Assert.Equal(
            ["schedule.name=multistep", "optimizer.learning_rate=3.0e-4"], plan.Trials[1].CommandLineSettings);
        Assert.Equal(
            ["schedule.name=cosine", "optimizer.learning_rate=1.0e-4"], plan.Trials[3].CommandLineSettings);
        Assert.Equal("name=cosine learning_rate=1.0e-3", plan.Trials[5].Name);
        Assert.Equal(Enumerable.Range(0, 6), plan.Trials.Select(t => t.Index));
    }

    [Fact]
    public void Paired_lists_are_zipped_not_combined()
    {
        using var yaml = new SweepYaml("""
            sweep:
              paired:
                schedule.name: [multistep, cosine, one-cycle]
                optimizer.learning_rate: [1.0e-4, 3.0e-4, 1.0e-3]
            """);

        var plan = yaml.Parse().ToPlan();

        Assert.Equal(3, plan.Trials.Count);
        Assert.Equal(
            ["schedule.name=one-cycle", "optimizer.learning_rate=1.0e-3"], plan.Trials[2].CommandLineSettings);
    }

    [Fact]
    public void Named_trials_keep_their_names_and_combine_with_folds()
    {
        using var yaml = new SweepYaml("""
            sweep:
              name: loss-ratios
              trials:
                - name: ratio-9-1
                  set: { loss_weighting.weights.segmentation: 0.9, loss_weighting.weights.expansion: 0.1 }
                - name: uncertainty
                  set: { loss_weighting.name: uncertainty }
              folds: { count: 3, seed: 5 }
            """);

        var plan = yaml.Parse().ToPlan();

        Assert.Equal("loss-ratios", plan.Name);
        Assert.Equal(6, plan.Trials.Count);
        Assert.Equal("uncertainty fold=2", plan.Trials[5].Name);
        Assert.Equal(
            ["loss_weighting.name=uncertainty", "data.folds.count=3", "data.folds.index=2", "data.folds.seed=5"],
            plan.Trials[5].CommandLineSettings);
    }

    [Fact]
    public void Random_trials_stay_in_range_and_repeat_by_seed()
    {
        const string template = """
            sweep:
              random:
                count: 40
                seed: SEED
                parameters:
                  optimizer.learning_rate: { distribution: log-uniform, min: 1.0e-5, max: 1.0e-2 }
                  model.dropout: { distribution: uniform, min: 0.1, max: 0.5 }
                  schedule.name: { distribution: choice, values: [cosine, multistep] }
            """;
        using var first = new SweepYaml(template.Replace("SEED", "7"));
        using var again = new SweepYaml(template.Replace("SEED", "7"));
        using var other = new SweepYaml(template.Replace("SEED", "8"));

        var trials = first.Parse().ToPlan().Trials;

        Assert.Equal(40, trials.Count);
        var rates = trials.Select(t => Number(t, "optimizer.learning_rate")).ToList();
        var dropouts = trials.Select(t => Number(t, "model.dropout")).ToList();
        Assert.All(rates, r => Assert.InRange(r, 1e-5, 1e-2));
        Assert.All(dropouts, d => Assert.InRange(d, 0.1, 0.5));
        Assert.Contains(rates, r => r < 1e-4);
        Assert.Contains(rates, r => r > 1e-3);
        var schedules = trials.Select(t => Value(t, "schedule.name")).ToHashSet();
        Assert.Equal(["cosine", "multistep"], schedules.Order());
        Assert.Equal(Settings(trials), Settings(again.Parse().ToPlan().Trials));
        Assert.NotEqual(Settings(trials), Settings(other.Parse().ToPlan().Trials));
    }

    [Fact]
    public void List_values_are_passed_as_flow_yaml()
    {
        using var yaml = new SweepYaml("""
            sweep:
              grid:
                schedule.milestones: [[20, 30], [10]]
            """);

        var plan = yaml.Parse().ToPlan();

        Assert.Equal(["schedule.milestones=[20, 30]"], plan.Trials[0].CommandLineSettings);
        Assert.Equal(["schedule.milestones=[10]"], plan.Trials[1].CommandLineSettings);
    }

    [Fact]
    public void More_trials_than_the_limit_are_flagged()
    {
        using var yaml = new SweepYaml("""
            sweep:
              max_trials: 4
              grid:
                a.b: [1, 2, 3]
                c.d: [1, 2]
            """);

        var plan = yaml.Parse().ToPlan();

        Assert.Equal(6, plan.Trials.Count);
        Assert.True(plan.ExceedsLimit);
    }

    private static string Value(Trial trial, string key) => trial.Overrides.Single(o => o.Key == key).Value;

    private static double Number(Trial trial, string key) =>
        double.Parse(Value(trial, key), CultureInfo.InvariantCulture);

    private static List<string> Settings(IEnumerable<Trial> trials) =>
        trials.SelectMany(t => t.CommandLineSettings).ToList();
}
