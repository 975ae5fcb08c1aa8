using Experiments.Configuration.Schema;
using Experiments.Testing;

namespace Experiments.Configuration.Tests;

public sealed class ValidationReportTests
{
    [Fact]
    public void Three_different_mistakes_are_all_reported_with_their_lines_in_one_pass()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("broken.yaml", ExperimentFiles.Minimal + """
            optimizer:
              name: adam
              lerning_rate: 0.001
            training:
              epochs: forty
              device: gpu
            """);

        var result = ExperimentLoader.Load(path, []);

        Assert.Collection(
            result.Problems,
            typo =>
            {
                Assert.Equal((path, 15, 3), (typo.Location.Source, typo.Location.Line, typo.Location.Column));
                Assert.Equal("optimizer.lerning_rate", typo.Path);
                Assert.Equal("learning_rate", typo.Suggestion);
            },
            wrongType =>
            {
                Assert.Equal((17, 11), (wrongType.Location.Line, wrongType.Location.Column));
                Assert.Equal("training.epochs", wrongType.Path);
                Assert.Equal("'forty'", wrongType.Found);
                Assert.Equal("an integer", wrongType.Expected);
            },
            unknownValue =>
            {
                Assert.Equal((18, 11), (unknownValue.Location.Line, unknownValue.Location.Column));
                Assert.Equal("training.device", unknownValue.Path);
                Assert.Equal("one of: auto, cpu, cuda", unknownValue.Expected);
            });
    }

    [Fact]
    public void An_unclosed_flow_list_is_reported_at_the_line_it_starts_on_not_thrown()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("unclosed.yaml", "name: x\nmodel:\n  matrix: [32, 32\n  other: 1\nseed: 3\n");

        var problem = Assert.Single(ExperimentLoader.Load(path, []).Problems);

        Assert.Equal((path, 3), (problem.Location.Source, problem.Location.Line));
        Assert.StartsWith("invalid YAML", problem.Message);
        Assert.Contains("unclosed", problem.Message);
    }

    [Fact]
    public void A_value_outside_its_range_names_the_allowed_range()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("range.yaml", ExperimentFiles.Minimal + "\nevaluation:\n  threshold: 1.5\n");

        var problem = Assert.Single(ExperimentLoader.Load(path, []).Problems);

        Assert.Equal("evaluation.threshold", problem.Path);
        Assert.Equal("'1.5'", problem.Found);
        Assert.Equal("a value from 0 to 1", problem.Expected);
        Assert.Equal(15, problem.Location.Line);
    }

    [Fact]
    public void Missing_required_keys_are_reported_at_the_mapping_that_lacks_them()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("empty.yaml", "seed: 1\n");

        var paths = ExperimentLoader.Load(path, []).Problems.Select(problem => problem.Path).ToList();

        Assert.Equal(["name", "data", "model", "tasks", "loss_weighting"], paths);
    }

    [Fact]
    public void An_unknown_schedule_name_suggests_the_nearest_variant()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("schedule.yaml", ExperimentFiles.Minimal + "\nschedule:\n  name: multistpe\n");

        var problem = Assert.Single(ExperimentLoader.Load(path, []).Problems);

        Assert.Equal("schedule.name", problem.Path);
        Assert.Equal("multistep", problem.Suggestion);
    }

    [Fact]
    public void Milestones_at_or_after_the_last_epoch_are_refused()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("milestones.yaml", ExperimentFiles.Minimal + """

            schedule:
              name: multistep
              milestones: [20, 30]
            training:
              epochs: 25
            """);

        var problem = Assert.Single(ExperimentLoader.Load(path, []).Problems);

        Assert.Equal("schedule", problem.Path);
        Assert.Contains("before training.epochs (25)", problem.Message);
    }

    [Fact]
    public void Type_tags_are_refused_because_experiment_files_hold_only_data()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("tagged.yaml", ExperimentFiles.Minimal + "\nseed: !!python/object 4\n");

        var problem = Assert.Single(ExperimentLoader.Load(path, []).Problems);

        Assert.Equal(14, problem.Location.Line);
        Assert.Contains("tags are not allowed", problem.Message);
    }

    [Fact]
    public void A_component_keeps_its_options_as_yaml_with_their_lines()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("component.yaml", ExperimentFiles.Minimal);

        var config = ExperimentLoader.Load(path, []).Config!;

        Assert.Equal("tiny-net", config.Model.Name);
        Assert.Equal("model", config.Model.Path);
        var width = Assert.Single(config.Model.Options.Entries);
        Assert.Equal(("width", 6), (width.Name, width.Key.Location.Line));
        Assert.Equal(TaskLoss.Dice, config.Tasks["segmentation"].Loss);
    }
}
