using Experiments.Cli.Commands;
using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("experiments");
    config.AddCommand<EvaluateCommand>("evaluate")
        .WithDescription("Evaluate a saved checkpoint: Dice, ROC/AUC, sensitivity, specificity, likelihood ratios.");
});
return app.Run(args);
