using Experiments.Configuration.Documents;
using Experiments.Configuration.Schema.Schedules;
using Experiments.Testing;

namespace Experiments.Configuration.Tests;

public sealed class ExtendsAndOverridesTests
{
    private const string Base = ExperimentFiles.Minimal + """
        preprocessing:
          - name: window
            min_hu: 0
            max_hu: 100
          - name: zscore
        training:
          epochs: 40
          batch_size: 2
        """ + "\n";

    [Fact]
    public void An_extending_file_merges_mappings_replaces_lists_and_resolves_paths_against_the_base_file()
    {
        using var folder = new TemporaryFolder();
        folder.Write("shared/base.yaml", Base);
        var path = folder.Write("child.yaml", """
            extends: shared/base.yaml
            name: child
            preprocessing:
              - name: window
                max_hu: 80
            training:
              epochs: 5
            """);

        var result = ExperimentLoader.Load(path, []);

        Assert.Empty(result.Problems);
        var config = result.Config!;
        Assert.Equal(("child", 5, 2), (config.Name, config.Training.Epochs, config.Training.BatchSize));
        var window = Assert.Single(config.Preprocessing);
        Assert.Equal(["max_hu"], window.Options.Entries.Select(entry => entry.Name));
        Assert.Equal(Path.Combine(folder.Path, "shared", "data", "dataset.json"), config.Data.Dataset);
    }

    [Fact]
    public void Problems_keep_the_file_and_line_of_the_file_that_wrote_the_value()
    {
        using var folder = new TemporaryFolder();
        var basePath = folder.Write("base.yaml", Base.Replace("batch_size: 2", "batch_size: two"));
        var path = folder.Write("child.yaml", "extends: base.yaml\ntraining:\n  epochs: 0\n");

        var problems = ExperimentLoader.Load(path, []).Problems;

        Assert.Equal(
            [(path, 3, "training.epochs"), (basePath, 20, "training.batch_size")],
            problems.Select(problem => (problem.Location.Source, problem.Location.Line, problem.Path)));
    }

    [Fact]
    public void Files_extending_each_other_in_a_cycle_are_reported()
    {
        using var folder = new TemporaryFolder();
        folder.Write("a.yaml", "extends: b.yaml\n" + ExperimentFiles.Minimal);
        var path = folder.Write("b.yaml", "extends: a.yaml\nseed: 1\n");

        var problem = Assert.Single(ExperimentLoader.Load(path, []).Problems);

        Assert.Equal("extends", problem.Path);
        Assert.Contains("cycle (b.yaml -> a.yaml -> b.yaml)", problem.Message);
    }

    [Fact]
    public void Overrides_set_nested_keys_list_items_and_flow_values_and_win_over_extends()
    {
        using var folder = new TemporaryFolder();
        folder.Write("base.yaml", Base);
        var path = folder.Write("child.yaml", "extends: base.yaml\n");

        var config = ExperimentLoader.Load(path, [
            "training.epochs=3",
            "preprocessing[0].max_hu=90",
            "preprocessing.1.region=brain",
            "schedule={name: multistep, milestones: [1, 2]}",
            "tracking.uri=http://127.0.0.1:5000",
        ]).Config!;

        Assert.Equal(3, config.Training.Epochs);
        Assert.Equal("90", ((ConfigScalar)config.Preprocessing[0].Options.Find("max_hu")!.Value).Value);
        Assert.Equal("brain", ((ConfigScalar)config.Preprocessing[1].Options.Find("region")!.Value).Value);
        Assert.Equal([1, 2], Assert.IsType<MultiStepSchedule>(config.Schedule).Milestones);
        Assert.Equal("http://127.0.0.1:5000", config.Tracking.Uri);
    }

    [Fact]
    public void A_wrong_override_reports_the_set_option_as_its_source()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("base.yaml", Base);

        string[] overrides = ["training.epochs=many", "preprocessing[5].max_hu=1", "seed"];

        var problems = ExperimentLoader.Load(path, overrides).Problems;

        Assert.Equal(
            [("--set preprocessing[5].max_hu=1", "preprocessing"), ("--set seed", ""),
             ("--set training.epochs=many", "training.epochs")],
            problems.Select(problem => (problem.Location.Source, problem.Path)));
        Assert.Equal(17, problems[2].Location.Column);
        Assert.Contains("is a list of 2 item(s)", problems[0].Message);
    }
}
