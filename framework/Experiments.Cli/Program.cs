using Experiments.Cli.Commands;
using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("experiments");
    config.AddImagingCommands();
});
return app.Run(args);
