using Experiments.Sweeps.Definition;

namespace Experiments.Sweeps.Tests;

public class SweepDefinitionErrorTests
{
    [Fact]
    public void Every_mistake_is_reported_at_once_with_its_line()
    {
        using var yaml = new SweepYaml("""
            name: base
            sweep:
              gird:
                a.b: [1, 2]
              paired:
                schedule.name: [multistep, cosine]
                optimizer.learning_rate: [1.0e-4]
              random:
                count: 3
                parameters:
                  optimizer.learning_rate: { distribution: log-uniform, min: 0, max: 1 }
                  model.width: { distribution: unifrom, min: 1, max: 2 }
            """);

        var error = Assert.Throws<SweepDefinitionException>(() => yaml.Parse());

        Assert.Equal(4, error.Problems.Count);
        var unknown = error.Problems.Single(p => p.Path == "sweep.gird");
        Assert.Equal(3, unknown.Location.Line);
        Assert.Contains("did you mean 'grid'", unknown.Message);
        var paired = error.Problems.Single(p => p.Path == "sweep.paired");
        Assert.Equal(6, paired.Location.Line);
        Assert.Contains("schedule.name: 2, optimizer.learning_rate: 1", paired.Message);
        var range = error.Problems.Single(p => p.Path == "sweep.random.parameters.optimizer.learning_rate");
        Assert.Contains("min > 0", range.Message);
        var distribution = error.Problems.Single(p => p.Path.EndsWith("model.width.distribution"));
        Assert.Equal(12, distribution.Location.Line);
        Assert.Contains("did you mean 'uniform'", distribution.Message);
        Assert.Contains(yaml.File + ":3:3: sweep.gird: unknown sweep key", error.Message);
    }

    [Fact]
    public void A_file_without_a_sweep_block_has_no_sweep()
    {
        using var yaml = new SweepYaml("name: base\nseed: 1\n");

        Assert.Null(SweepParser.ParseFile(yaml.File));
    }

    [Fact]
    public void A_sweep_without_dimensions_is_refused()
    {
        using var yaml = new SweepYaml("sweep:\n  name: empty\n");

        var error = Assert.Throws<SweepDefinitionException>(() => yaml.Parse());

        Assert.Contains("has no dimension", error.Problems.Single().Message);
    }

    [Fact]
    public void Duplicate_trial_names_are_refused()
    {
        using var yaml = new SweepYaml("""
            sweep:
              trials:
                - { name: a, set: { x.y: 1 } }
                - { name: a, set: { x.y: 2 } }
            """);

        var error = Assert.Throws<SweepDefinitionException>(() => yaml.Parse());

        Assert.Contains("used twice", error.Problems.Single().Message);
        Assert.Equal(4, error.Problems.Single().Location.Line);
    }
}
