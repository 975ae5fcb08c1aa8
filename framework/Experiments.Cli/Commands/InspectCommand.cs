using Experiments.Cli.Infrastructure;
using Experiments.Cli.Commands.Imaging;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Experiments.Cli.Commands;

/// <summary><c>experiments inspect PATH [--json]</c>: geometry, orientation and value statistics of an image.</summary>
public sealed class InspectCommand(IAnsiConsole console) : Command<InspectSettings>
{
    public override int Execute(CommandContext context, InspectSettings settings, CancellationToken cancellationToken)
    {
        if (!File.Exists(settings.Path) && !Directory.Exists(settings.Path))
        {
            return CommandFailures.Usage(console, $"'{settings.Path}' is neither a file nor a folder.");
        }

        return CommandFailures.Run(console, () =>
        {
            var report = Directory.Exists(settings.Path)
                ? DicomSeriesInspector.Inspect(settings.Path, settings.ShowIdentifiers)
                : NiftiInspector.Inspect(settings.Path, settings.ShowIdentifiers);
            if (settings.Json)
            {
                console.Profile.Out.Writer.WriteLine(InspectionJson.Serialize(report));
            }
            else
            {
                InspectionRenderer.Render(console, report);
            }

            return ExitCodes.Success;
        });
    }
}
