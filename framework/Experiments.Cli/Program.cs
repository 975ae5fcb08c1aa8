using Experiments.Cli;
using Experiments.Cli.Infrastructure;
using Experiments.Runner;
using Experiments.Runner.Tracking;

// The logger exists before the command line is parsed, so --verbose is read from the raw arguments.
var verbose = args.Contains("--verbose") || args.Contains("-v");
using var loggerFactory = CliLogging.Create(verbose);
var trackers = RunTrackers.Mlflow(loggerFactory);
return await ExperimentsApp.Create(loggerFactory, request => new ExperimentRunner(loggerFactory, request, trackers), verbose)
    .RunAsync(args);
