using Experiments.Cli.Commands;
using Experiments.Cli.Infrastructure;
using Experiments.Plugins.Hosting;
using Experiments.Runner;
using Experiments.Runner.Evaluation;
using Experiments.Training.Evaluation;
using Microsoft.Extensions.Logging;
using Spectre.Console.Cli;

namespace Experiments.Cli;

/// <summary>
/// The <c>experiments</c> command line. The runner <c>run</c> uses is passed in, so the trainer
/// plugs in here without the commands knowing it.
/// </summary>
public static class ExperimentsApp
{
    public static CommandApp Create(
        ILoggerFactory loggerFactory, Func<RunRequest, IExperimentRunner> runners, bool verbose)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("experiments");
            config.Settings.Registrar.RegisterInstance(loggerFactory);
            config.Settings.Registrar.RegisterInstance(runners);
            config.Settings.StrictParsing = true;
            config.SetExceptionHandler((exception, _) => new ExceptionRenderer(verbose).Render(exception));
            config.AddCommand<ValidateCommand>("validate")
                .WithDescription("Check an experiment file and its plugins; report every problem at once.")
                .WithExample("validate", "experiments/hematoma-expansion.yaml", "--set", "training.epochs=5");
            config.AddCommand<PluginsCommand>("plugins")
                .WithDescription("List the plugin components with their versions and options.");
            config.AddCommand<RunCommand>("run")
                .WithDescription("Validate, load the plugins, build the components and run the experiment.");
            config.AddCommand<ReferenceCommand>("reference")
                .WithDescription("Print the reference of every experiment key with its default.");
            config.Settings.Registrar.RegisterInstance<IEvaluationInputsLoader>(
                new ExperimentEvaluationInputs(loggerFactory));
            config.AddCommand<EvaluateCommand>("evaluate")
                .WithDescription(
                    "Evaluate a saved checkpoint: Dice, ROC/AUC, sensitivity, specificity, likelihood ratios.");
            config.AddCommand<PredictCommand>("predict")
                .WithDescription("Predict on new scans with a checkpoint: masks on each scan's grid, expansion " +
                                 "probability, volumes, overlays.")
                .WithExample("predict", "--checkpoint", "runs/quickstart/checkpoints/best", "scans/head-ct");
            config.AddCommand<PreprocessCommand>("preprocess")
                .WithDescription("Fill the preprocessing cache for every case of the experiment's dataset.");
            config.AddCommand<ModelCommand>("model")
                .WithDescription("The network layer by layer: output shapes, parameters, total beside the paper's.");
            config.AddCommand<SweepCommand>("sweep")
                .WithDescription("Run every trial of the file's sweep: block, or write a Slurm job-array script.")
                .WithExample("sweep", "experiments/sweeps/lr-schedules.yaml", "--parallel", "2");
            config.AddImagingCommands();
            config.AddDataCommands();
            config.AddBranch("mlflow", mlflow =>
            {
                mlflow.SetDescription("MLflow tracking tools");
                mlflow.AddCommand<MlflowSyncCommand>("sync").WithDescription("Push local runs or a spool to a server");
            });
        });
        return app;
    }
}
