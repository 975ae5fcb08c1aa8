using System.ComponentModel;
using Spectre.Console.Cli;

namespace Experiments.Cli.Commands;

public class CommonSettings : CommandSettings
{
    [CommandOption("-v|--verbose")]
    [Description("Debug logging, and stack traces of failures.")]
    public bool Verbose { get; init; }
}
