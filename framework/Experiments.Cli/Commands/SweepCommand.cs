using Experiments.Cli.Infrastructure;
using Experiments.Plugins.Hosting;
using Experiments.Runner.Sweeps;
using Experiments.Sweeps.Definition;
using Experiments.Sweeps.Running;
using Experiments.Sweeps.Slurm;
using Experiments.Tracking.Model;
using Microsoft.Extensions.Logging;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Experiments.Cli.Commands;

/// <summary>
/// <c>experiments sweep</c>: validates every trial of the file's sweep, prints the plan, then runs
/// the trials (skipping finished ones, resuming interrupted ones) as child runs of one parent
/// tracking run, or writes a Slurm job-array script that does the same on a cluster.
/// </summary>
public sealed class SweepCommand(ILoggerFactory loggerFactory) : AsyncCommand<SweepSettings>
{
    public override async Task<int> ExecuteAsync(
        CommandContext context, SweepSettings settings, CancellationToken cancellationToken)
    {
        var file = Path.GetFullPath(settings.File);
        PreparedSweep sweep;
        try
        {
            sweep = new SweepPreparation(new ExperimentSetup(loggerFactory)).Prepare(file);
        }
        catch (SweepDefinitionException error)
        {
            ErrorConsole.Instance.MarkupLine($"[red]error[/] {Markup.Escape(error.Message)}");
            return ExitCodes.InvalidInput;
        }

        if (!sweep.IsValid)
        {
            ProblemRenderer.Render(ErrorConsole.Instance, sweep.Problems);
            return ExitCodes.InvalidInput;
        }

        AnsiConsole.Write(SweepTables.Plan(sweep));
        if (sweep.Plan.ExceedsLimit && !settings.Force)
        {
            ErrorConsole.Instance.MarkupLine(
                $"[red]error[/] the sweep has {sweep.Plan.Trials.Count} trials, more than sweep.max_trials " +
                $"({sweep.Plan.MaxTrials}); raise max_trials or pass --force.");
            return ExitCodes.InvalidInput;
        }

        if (settings.DryRun)
        {
            return ExitCodes.Success;
        }

        var (store, ledger) = await SweepTracking.OpenAsync(sweep.FirstConfig!, loggerFactory, cancellationToken);
        var parent = settings.ParentRunId
                     ?? await ledger.ParentRunAsync(sweep.Plan.Name, sweep.Hash, cancellationToken);
        var work = Path.GetFullPath(settings.Work ?? Path.Combine("runs", "sweeps", sweep.Plan.Name));
        if (settings.Emit is not null)
        {
            return EmitSlurm(sweep, file, parent, work, settings.Out);
        }

        var runner = new SweepRunner(
            new ProcessTrialLauncher(AppCommand.Current(), file), ledger, loggerFactory.CreateLogger<SweepRunner>());
        var trials = settings.Trial is { } index
            ? sweep.Trials.Where(t => t.Trial.Index == index).ToList()
            : sweep.Trials;
        if (trials.Count == 0)
        {
            ErrorConsole.Instance.MarkupLine(
                $"[red]error[/] --trial {settings.Trial} is not a trial of this sweep " +
                $"(0 to {sweep.Trials.Count - 1}).");
            return ExitCodes.InvalidInput;
        }

        var results = await runner.RunAsync(trials, parent, work, settings.Parallel, cancellationToken);
        if (settings.Trial is null)
        {
            await new SweepReport(store, ledger).WriteAsync(sweep, parent, work, results, cancellationToken);
        }

        return results.All(r => r.Outcome is TrialOutcome.Finished or TrialOutcome.SkippedAlreadyFinished)
            ? ExitCodes.Success
            : ExitCodes.RunFailed;
    }

    private static int EmitSlurm(PreparedSweep sweep, string file, string parent, string work, string? output)
    {
        var logs = Path.Combine(work, "slurm-logs");
        Directory.CreateDirectory(logs);
        var script = SlurmScriptWriter.Write(
            sweep.Plan, sweep.Definition.Slurm, AppCommand.Current(), file, parent, logs);
        var path = Path.GetFullPath(output ?? $"{sweep.Plan.Name}.slurm.sh");
        File.WriteAllText(path, script);
        AnsiConsole.MarkupLineInterpolated(
            $"Wrote [bold]{path}[/]: {sweep.Plan.Trials.Count} array tasks under parent run {parent}.");
        AnsiConsole.MarkupLineInterpolated($"Submit it with: sbatch {path}");
        return ExitCodes.Success;
    }
}
