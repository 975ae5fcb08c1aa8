using Experiments.Cli.Commands;
using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("experiments");
    config.AddImagingCommands();
    config.AddBranch("data", data => data.AddCommand<ExpansionLabelsCommand>("expansion-labels")
        .WithDescription("Hematoma volumes (mL) and expansion labels from baseline and 24 h masks, as CSV."));
});
return app.Run(args);
