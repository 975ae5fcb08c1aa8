using Experiments.Cli.Commands;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Experiments.Cli.Tests;

/// <summary>Runs the CLI's commands in-process against a plain-text console and captures what they print.</summary>
internal sealed record CliRun(int ExitCode, string Output)
{
    public static CliRun Imaging(params string[] args) => Run(config => config.AddImagingCommands(), args);

    public static CliRun Data(params string[] args) => Run(config => config.AddDataCommands(), args);

    private static CliRun Run(Action<IConfigurator> register, string[] args)
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 250;
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.ConfigureConsole(console);
            register(config);
        });
        var exitCode = app.Run(args);
        return new CliRun(exitCode, output.ToString());
    }
}
