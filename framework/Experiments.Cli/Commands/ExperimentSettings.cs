using System.ComponentModel;
using Spectre.Console.Cli;

namespace Experiments.Cli.Commands;

public class ExperimentSettings : CommonSettings
{
    [CommandArgument(0, "<FILE>")]
    [Description("The experiment YAML file.")]
    public string File { get; init; } = "";

    [CommandOption("--set <KEY=VALUE>")]
    [Description("Override a value: a dotted path (list items by index) and a YAML value, " +
                 "e.g. --set training.epochs=5 --set preprocessing[[3]].max_hu=80. Repeatable.")]
    public string[] Overrides { get; init; } = [];
}
