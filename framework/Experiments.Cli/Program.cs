using Experiments.Cli;
using Experiments.Cli.Infrastructure;
using Experiments.Imaging.Geometry;
using Experiments.Plugins.Synthetic;
using Microsoft.Extensions.Logging;

// The logger exists before the command line is parsed, so --verbose is read from the raw arguments.
var verbose = args.Contains("--verbose") || args.Contains("-v");
using var loggerFactory = CliLogging.Create(verbose);

// Until the trainer is plugged in here, `run` checks the components on a few synthetic steps.
var runner = new SyntheticStepsRunner(
    loggerFactory.CreateLogger<SyntheticStepsRunner>(), steps: 3, fallbackSize: new GridSize(32, 32, 16));
return await ExperimentsApp.Create(loggerFactory, runner, verbose).RunAsync(args);
