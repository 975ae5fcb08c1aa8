using Spectre.Console.Cli;

namespace Experiments.Cli.Commands;

/// <summary>Registers the dataset commands under <c>data</c>: <c>expansion-labels</c>.</summary>
public static class DataCommands
{
    public static IConfigurator AddDataCommands(this IConfigurator config)
    {
        config.AddBranch("data", data =>
        {
            data.SetDescription("Dataset tools");
            data.AddCommand<ExpansionLabelsCommand>("expansion-labels")
                .WithDescription("Hematoma volumes (mL) and expansion labels from baseline and 24 h masks, as CSV.")
                .WithExample("data", "expansion-labels", "data/dataset.json", "--out", "labels.csv");
        });
        return config;
    }
}
