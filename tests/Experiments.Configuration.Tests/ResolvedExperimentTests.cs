using Experiments.Configuration.Schema;
using Experiments.Testing;

namespace Experiments.Configuration.Tests;

public sealed class ResolvedExperimentTests
{
    private static ResolvedExperiment Resolve(string path)
    {
        var loaded = ExperimentLoader.Load(path, []);
        Assert.Empty(loaded.Problems);
        return new ResolvedExperiment(path, loaded.Config!, new Dictionary<ComponentConfig, object>());
    }

    [Fact]
    public void Parameters_hold_every_resolved_value_under_dotted_keys_defaults_included()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("experiment.yaml", ExperimentFiles.Minimal + """
            schedule:
              name: multistep
              milestones: [20, 30]
            """);

        var parameters = Resolve(path).ToParameters();

        Assert.Equal("minimal", parameters["name"]);
        Assert.Equal("42", parameters["seed"]);
        Assert.Equal("tiny-net", parameters["model.name"]);
        Assert.Equal("4", parameters["model.width"]);
        Assert.Equal("dice", parameters["tasks.segmentation.loss"]);
        Assert.Equal("multistep", parameters["schedule.name"]);
        Assert.Equal("[20, 30]", parameters["schedule.milestones"]);
        Assert.Equal("0.1", parameters["schedule.gamma"]);
        Assert.Equal("adam", parameters["optimizer.name"]);
        Assert.Equal("0.001", parameters["optimizer.learning_rate"]);
        Assert.Equal("auto", parameters["training.device"]);
        Assert.Equal(Path.Combine(folder.Path, "checkpoints"), parameters["training.checkpointing.folder"]);
        Assert.Equal("null", parameters["tracking.uri"]);
    }

    [Fact]
    public void The_resolved_yaml_reads_back_to_the_same_parameters()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("experiment.yaml", ExperimentFiles.Minimal + "tracking:\n  experiment: \"007\"\n");
        var resolved = Resolve(path);

        var again = Resolve(folder.Write("resolved.yaml", resolved.ToYaml()));

        Assert.Equal("007", resolved.ToParameters()["tracking.experiment"]);
        Assert.Equal(resolved.ToParameters().ToList(), again.ToParameters().ToList());
    }
}
