using System.ComponentModel;
using System.Text.Json;
using Experiments.Cli.Infrastructure;
using Experiments.Plugins.Catalog;
using Experiments.Plugins.Discovery;
using Experiments.Contracts.Components;
using Microsoft.Extensions.Logging;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Experiments.Cli.Commands;

/// <summary>
/// Lists the components of every plugin found (app folder and EXPERIMENTS_PLUGIN_PATH) with their
/// options; plugins that failed to load are reported, and then the exit code is 2.
/// </summary>
public sealed class PluginsCommand(ILoggerFactory loggerFactory) : Command<PluginsCommand.Settings>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public sealed class Settings : CommonSettings
    {
        [CommandOption("--json")]
        [Description("Machine-readable output.")]
        public bool Json { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var catalog = PluginHost.Load(PluginSources.Standard(), loggerFactory.CreateLogger<PluginsCommand>());
        if (settings.Json)
        {
            AnsiConsole.Console.Profile.Out.Writer.WriteLine(JsonSerializer.Serialize(ToJson(catalog), Json));
        }
        else
        {
            AnsiConsole.Write(Table(catalog));
            ProblemRenderer.Render(ErrorConsole.Instance, catalog.Failures);
        }

        return catalog.Failures.Count == 0 ? ExitCodes.Success : ExitCodes.InvalidInput;
    }

    private static Table Table(IComponentCatalog catalog)
    {
        var table = new Table().AddColumns("kind", "name", "version", "assembly", "options");
        foreach (var component in catalog.Components)
        {
            var options = component.Options.Select(option =>
                $"[bold]{Markup.Escape(option.Key)}[/] = {Markup.Escape(option.Default)} " +
                $"[grey]({Markup.Escape(option.Type)}) {Markup.Escape(option.Description)}[/]");
            table.AddRow(
                new Markup(ComponentKinds.Describe(component.Kind)), new Markup(Markup.Escape(component.Name)),
                new Markup(Markup.Escape(component.Version)), new Markup(Markup.Escape(component.AssemblyName)),
                new Markup(component.Options.Count == 0 ? "[grey]none[/]" : string.Join("\n", options)));
        }

        return table;
    }

    private static object ToJson(IComponentCatalog catalog) => new
    {
        Components = catalog.Components.Select(component => new
        {
            Kind = ComponentKinds.Describe(component.Kind),
            component.Name,
            component.Version,
            Assembly = component.AssemblyPath,
            component.Description,
            component.Options,
        }),
        Failures = catalog.Failures,
    };
}
