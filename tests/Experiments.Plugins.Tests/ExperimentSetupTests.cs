using Experiments.Imaging.Geometry;
using Experiments.Contracts.Events;
using Experiments.Plugins.Hosting;
using Experiments.Plugins.Synthetic;
using Experiments.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Experiments.Plugins.Tests;

public sealed class ExperimentSetupTests
{
    private static ExperimentSetupResult Prepare(string yaml, params string[] overrides)
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("experiment.yaml");
        File.WriteAllText(path, yaml);
        var setup = new ExperimentSetup(NullLoggerFactory.Instance, [FixturePlugins.Fixture]);
        return setup.Prepare(path, overrides);
    }

    [Fact]
    public void Component_options_are_bound_from_the_yaml_with_defaults_for_the_rest()
    {
        var result = Prepare(FixturePlugins.Experiment);

        Assert.Empty(result.Problems);
        var parameters = result.Prepared!.Experiment.ToParameters();
        Assert.Equal("6", parameters["model.width"]);
        Assert.Equal("expansion", parameters["model.classifier_task"]);
        Assert.Equal("[8, 8, 4]", parameters["preprocessing.0.matrix"]);
        Assert.Equal("1", parameters["preprocessing.0.scale"]);
        Assert.Equal("0.9", parameters["loss_weighting.weights.segmentation"]);
        Assert.Equal(["segmentation", "expansion"], result.Prepared.Components.Architecture.Tasks);
        Assert.Equal("tiny-two-task-net 1.2.3 (FixturePlugin.dll)", result.Prepared.Components.Versions["model"]);
    }

    [Fact]
    public void Component_problems_name_line_path_and_nearest_name_together_with_schema_problems()
    {
        var yaml = FixturePlugins.Experiment
            .Replace("  width: 6", "  widht: 6")
            .Replace("- name: fixed-grid", "- name: fixed-gird")
            .Replace("expansion: 0.1", "expansion: heavy")
            .Replace("seed: 7", "seed: seven");

        var problems = Prepare(yaml).Problems;

        Assert.Equal(
            [(2, "seed", null), (6, "preprocessing[0].name", "fixed-grid"), (10, "model.widht", "width"),
             (22, "loss_weighting.weights.expansion", null)],
            problems.Select(problem => (problem.Location.Line, problem.Path, problem.Suggestion)));
        Assert.Equal("a number", problems[3].Expected);
    }

    [Fact]
    public void An_option_out_of_its_range_is_reported_with_the_range()
    {
        var problem = Assert.Single(Prepare(FixturePlugins.Experiment, "model.width=100").Problems);

        Assert.Equal("--set model.width=100", problem.Location.Source);
        Assert.Equal("model.width", problem.Path);
        Assert.Equal("a value from 1 to 64", problem.Expected);
    }

    [Fact]
    public void Tasks_that_do_not_match_the_network_heads_are_a_problem()
    {
        var problem = Assert.Single(Prepare(FixturePlugins.Experiment, "model.classifier_task=growth").Problems);

        Assert.Equal("tasks", problem.Path);
        Assert.Equal("exactly its tasks: segmentation, growth", problem.Expected);
    }

    [Fact]
    public void A_plugin_folder_named_in_the_yaml_that_does_not_exist_is_reported_at_its_line()
    {
        var problem = Assert.Single(Prepare(FixturePlugins.Experiment + "plugins: [missing-plugins]\n").Problems);

        Assert.Equal(("plugins[0]", 26), (problem.Path, problem.Location.Line));
    }

    [Fact]
    public void Plugin_folders_listed_in_the_yaml_are_searched_relative_to_the_file()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("experiment.yaml");
        var relative = Path.GetRelativePath(folder.Path, FixturePlugins.Fixture.Folder);
        File.WriteAllText(path, FixturePlugins.Experiment + $"plugins: [{relative}]\n");

        var result = new ExperimentSetup(NullLoggerFactory.Instance, []).Prepare(path, []);

        Assert.Empty(result.Problems);
        Assert.Equal(3, result.Catalog.Components.Count);
    }

    [Fact]
    public async Task The_fixture_architecture_trains_three_steps_through_the_host_with_the_loss_going_down()
    {
        var prepared = Prepare(FixturePlugins.Experiment).Prepared!;
        var runner = new SyntheticStepsRunner(NullLogger<SyntheticStepsRunner>.Instance, 3, new GridSize(16, 16, 16));
        var observer = new RecordingObserver();

        await runner.RunAsync(prepared, observer, CancellationToken.None);

        var losses = observer.Events.OfType<StepCompleted>()
            .Select(step => step.Metrics[SyntheticStepsRunner.LossMetric]).ToList();
        Assert.Equal(3, losses.Count);
        Assert.True(losses[1] < losses[0] && losses[2] < losses[1], $"losses: {string.Join(", ", losses)}");
        Assert.IsType<RunEnded>(observer.Events[^1]);
    }
}
