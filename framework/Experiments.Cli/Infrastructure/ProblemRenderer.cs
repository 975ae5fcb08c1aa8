using Experiments.Configuration.Problems;
using Experiments.Plugins.Catalog;
using Spectre.Console;

namespace Experiments.Cli.Infrastructure;

/// <summary>Writes configuration problems and plugin failures as readable errors, one per entry.</summary>
public static class ProblemRenderer
{
    public static void Render(IAnsiConsole console, IReadOnlyList<ConfigProblem> problems)
    {
        foreach (var problem in problems)
        {
            var location = problem.Location.IsFile
                ? $"{Path.GetRelativePath(Environment.CurrentDirectory, problem.Location.Source)}:" +
                  $"{problem.Location.Line}:{problem.Location.Column}"
                : $"{problem.Location.Source} (column {problem.Location.Column})";
            var path = problem.Path.Length == 0 ? "" : $" [bold]{Markup.Escape(problem.Path)}[/]";
            console.MarkupLine($"[red]error[/] {Markup.Escape(location)}{path}");
            console.MarkupLine($"      {Markup.Escape(problem.Explanation)}");
        }

        console.MarkupLine($"[red]{problems.Count} problem(s) found[/]; nothing was run.");
    }

    public static void Render(IAnsiConsole console, IReadOnlyList<PluginFailure> failures)
    {
        foreach (var failure in failures)
        {
            console.MarkupLine($"[yellow]plugin error[/] {Markup.Escape(failure.File)}");
            console.MarkupLine($"      {Markup.Escape(failure.Reason)}");
        }
    }
}
