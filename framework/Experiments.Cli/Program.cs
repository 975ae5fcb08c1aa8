using System.Runtime.InteropServices;
using Experiments.Cli;
using Experiments.Cli.Infrastructure;
using Experiments.Runner;
using Experiments.Runner.Tracking;

// The logger exists before the command line is parsed, so --verbose is read from the raw arguments.
var verbose = args.Contains("--verbose") || args.Contains("-v");
using var loggerFactory = CliLogging.Create(verbose);

// The first Ctrl+C (or SIGTERM, as Slurm and sweeps send) asks the run to save a checkpoint and
// end as killed; a second Ctrl+C ends the process at once.
using var interrupt = new CancellationTokenSource();
Console.CancelKeyPress += (_, press) =>
{
    press.Cancel = !interrupt.IsCancellationRequested;
    interrupt.Cancel();
};
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal =>
{
    signal.Cancel = true;
    interrupt.Cancel();
});

var trackers = RunTrackers.Mlflow(loggerFactory);
var app = ExperimentsApp.Create(
    loggerFactory, request => new ExperimentRunner(loggerFactory, request, trackers), verbose);
return await app.RunAsync(args, interrupt.Token);
