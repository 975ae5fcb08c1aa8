using Experiments.Sweeps.Plan;
using Microsoft.Extensions.Logging;

namespace Experiments.Sweeps.Running;

/// <summary>
/// Runs a sweep's trials, <c>parallel</c> at a time. Finished trials (found in the ledger by the
/// hash of their resolved configuration) are skipped; a trial with an earlier unfinished attempt
/// continues that attempt's tracking run and checkpoints. A failed trial does not stop the others.
/// </summary>
public sealed class SweepRunner(ITrialLauncher launcher, ISweepLedger ledger, ILogger<SweepRunner> logger)
{
    public event Action<TrialResult>? TrialEnded;

    public async Task<IReadOnlyList<TrialResult>> RunAsync(
        IReadOnlyList<PlannedTrial> trials,
        string parentRunId,
        string workFolder,
        int parallel,
        CancellationToken cancellation)
    {
        var results = new TrialResult[trials.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallel };
        await Parallel.ForEachAsync(Enumerable.Range(0, trials.Count), options, async (position, _) =>
        {
            results[position] = await RunOneAsync(trials[position], parentRunId, workFolder, cancellation);
            TrialEnded?.Invoke(results[position]);
        });
        return results;
    }

    public async Task<TrialResult> RunOneAsync(
        PlannedTrial planned, string parentRunId, string workFolder, CancellationToken cancellation)
    {
        var (trial, hash) = (planned.Trial, planned.Hash);
        if (cancellation.IsCancellationRequested)
        {
            return new TrialResult(trial, hash, TrialOutcome.Cancelled, false, -1);
        }

        var earlier = await ledger.FindTrialAsync(parentRunId, hash, cancellation);
        if (earlier is { Finished: true })
        {
            logger.LogInformation("Trial {Index} '{Name}' already finished as run {RunId}; skipped",
                trial.Index, trial.Name, earlier.RunId);
            return new TrialResult(trial, hash, TrialOutcome.SkippedAlreadyFinished, false, 0);
        }

        var folder = Path.Combine(workFolder, hash);
        Directory.CreateDirectory(folder);
        var launch = new TrialLaunch(trial, hash, parentRunId, earlier?.RunId, folder);
        logger.LogInformation("Trial {Index} '{Name}' {Action}", trial.Index, trial.Name,
            earlier is null ? "starts" : $"resumes run {earlier.RunId}");
        var exitCode = await launcher.RunAsync(launch, cancellation);
        var outcome = exitCode == 0 ? TrialOutcome.Finished
            : cancellation.IsCancellationRequested ? TrialOutcome.Cancelled
            : TrialOutcome.Failed;
        if (outcome == TrialOutcome.Failed)
        {
            logger.LogWarning("Trial {Index} '{Name}' failed with exit code {ExitCode}; see {Log}",
                trial.Index, trial.Name, exitCode, Path.Combine(folder, "trial.log"));
        }

        return new TrialResult(trial, hash, outcome, earlier is not null, exitCode);
    }
}
