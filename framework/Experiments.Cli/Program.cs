using Experiments.Cli.Commands;
using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("experiments");
    config.AddImagingCommands();
    config.AddBranch("mlflow", mlflow =>
    {
        mlflow.SetDescription("MLflow tracking tools");
        mlflow.AddCommand<MlflowSyncCommand>("sync").WithDescription("Push local runs or a spool to a server");
    });
});
return app.Run(args);
