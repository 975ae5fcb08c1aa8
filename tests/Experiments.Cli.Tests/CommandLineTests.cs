using Experiments.Cli.Infrastructure;
using Experiments.Contracts.Events;
using Experiments.Plugins.Discovery;
using Experiments.Plugins.Hosting;
using Experiments.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Experiments.Cli.Tests;

/// <summary>
/// The exit codes scripts rely on. One class, so the tests that set EXPERIMENTS_PLUGIN_PATH never
/// run in parallel with each other.
/// </summary>
public sealed class CommandLineTests : IDisposable
{
    private const string Experiment = """
        name: cli-experiment
        data:
          dataset: dataset.json
        model:
          name: tiny-two-task-net
        tasks:
          segmentation: {loss: dice, target: hematoma}
          expansion: {loss: bce, target: expansion}
        loss_weighting:
          name: weighted-sum
        """;

    private readonly TemporaryFolder _folder = new();
    private readonly string? _pluginPath = Environment.GetEnvironmentVariable(PluginSources.EnvironmentVariable);

    public CommandLineTests()
    {
        var fixture = Path.Combine(RepositoryPaths.Root, "artifacts", "test-plugins", "FixturePlugin");
        Environment.SetEnvironmentVariable(PluginSources.EnvironmentVariable, fixture);
    }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(PluginSources.EnvironmentVariable, _pluginPath);
        _folder.Dispose();
    }

    private string WriteExperiment(string yaml)
    {
        var path = _folder.File("experiment.yaml");
        File.WriteAllText(path, yaml);
        return path;
    }

    private static Task<int> Run(IExperimentRunner runner, params string[] args) =>
        ExperimentsApp.Create(NullLoggerFactory.Instance, _ => runner, verbose: false).RunAsync(args);

    [Fact]
    public async Task Validate_exits_0_for_a_valid_experiment_and_2_for_an_invalid_one()
    {
        var valid = WriteExperiment(Experiment);
        Assert.Equal(ExitCodes.Success, await Run(new RecordingRunner(), "validate", valid));

        var invalid = WriteExperiment(Experiment.Replace("tiny-two-task-net", "tiny-net"));
        Assert.Equal(ExitCodes.InvalidInput, await Run(new RecordingRunner(), "validate", invalid));
    }

    [Fact]
    public async Task Usage_errors_exit_2()
    {
        Assert.Equal(ExitCodes.InvalidInput, await Run(new RecordingRunner(), "validate"));
        Assert.Equal(ExitCodes.InvalidInput, await Run(new RecordingRunner(), "train", "x.yaml"));
        Assert.Equal(ExitCodes.InvalidInput, await Run(new RecordingRunner(), "validate", "x.yaml", "--frobnicate"));
        var missing = _folder.File("missing.yaml");
        Assert.Equal(ExitCodes.InvalidInput, await Run(new RecordingRunner(), "validate", missing));
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("plugins")]
    [InlineData("run")]
    [InlineData("reference")]
    public async Task Help_on_each_command_exits_0(string command) =>
        Assert.Equal(ExitCodes.Success, await Run(new RecordingRunner(), command, "--help"));

    [Fact]
    public async Task Run_hands_the_prepared_experiment_with_its_overrides_to_the_runner()
    {
        var runner = new RecordingRunner();

        var exitCode = await Run(runner, "run", WriteExperiment(Experiment), "--set", "training.epochs=2");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal(2, runner.Received!.Experiment.Config.Training.Epochs);
        Assert.Equal(["segmentation", "expansion"], runner.Received.Components.Architecture.Tasks);
    }

    [Fact]
    public async Task A_run_that_fails_exits_1_and_an_invalid_one_never_starts()
    {
        var failing = new RecordingRunner(new InvalidOperationException("training diverged"));
        Assert.Equal(ExitCodes.RunFailed, await Run(failing, "run", WriteExperiment(Experiment)));

        var runner = new RecordingRunner();
        var invalid = WriteExperiment(Experiment + "\ntraining: {epochs: 0}\n");
        Assert.Equal(ExitCodes.InvalidInput, await Run(runner, "run", invalid));
        Assert.Null(runner.Received);
    }

    [Fact]
    public async Task Plugins_exits_0_when_all_load_and_2_when_one_is_broken()
    {
        Assert.Equal(ExitCodes.Success, await Run(new RecordingRunner(), "plugins", "--json"));

        var broken = Path.Combine(_folder.Path, "Broken");
        Directory.CreateDirectory(broken);
        File.WriteAllText(Path.Combine(broken, "Broken.dll"), "not an assembly");
        var fixture = Environment.GetEnvironmentVariable(PluginSources.EnvironmentVariable);
        var both = fixture + Path.PathSeparator + _folder.Path;
        Environment.SetEnvironmentVariable(PluginSources.EnvironmentVariable, both);

        Assert.Equal(ExitCodes.InvalidInput, await Run(new RecordingRunner(), "plugins"));
    }

    private sealed class RecordingRunner(Exception? failure = null) : IExperimentRunner
    {
        public PreparedExperiment? Received { get; private set; }

        public Task RunAsync(
            PreparedExperiment experiment, ITrainingObserver observer, CancellationToken cancellationToken)
        {
            Received = experiment;
            return failure is null ? Task.CompletedTask : Task.FromException(failure);
        }
    }
}
