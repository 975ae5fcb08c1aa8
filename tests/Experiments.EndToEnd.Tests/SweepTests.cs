using System.Diagnostics;
using Experiments.Tracking;
using Experiments.Tracking.Model;

namespace Experiments.EndToEnd.Tests;

public class SweepTests
{
    private const string Sweep = """
        sweep:
          name: tiny
          grid:
            optimizer.learning_rate: [1.0e-3, 3.0e-3, 1.0e-2]
          slurm: { cpus_per_task: 1, memory: 2G, time: "00:20:00", concurrency: 2 }
        """;

    [Fact]
    public async Task An_interrupted_sweep_rerun_skips_finished_trials_and_resumes_the_interrupted_one()
    {
        // Given a three-trial sweep whose first trial finished and whose second was stopped mid-run
        using var tiny = new TinyExperiment(epochs: 3, Sweep);
        var work = Path.Combine(tiny.Folder, "sweep");
        var first = await ExperimentsApp.RunAsync(tiny.Folder, "sweep", tiny.File, "--trial", "0", "--work", work);
        Assert.True(first.ExitCode == 0, first.Output);
        var trial0 = Directory.GetDirectories(work).Single();
        await InterruptAfterFirstCheckpointAsync(tiny, work, trial0);
        var runs = new TrackedRuns(tiny.Store);
        var interrupted = Assert.Single(await runs.WithTagAsync("experiments.sweep.trial_index", "1"));
        Assert.NotEqual(RunStatus.Finished, interrupted.Info.Status);

        // When the whole sweep runs again, two trials at a time
        var rerun = await ExperimentsApp.RunAsync(tiny.Folder, "sweep", tiny.File, "--parallel", "2", "--work", work);

        // Then the finished trial is skipped, the interrupted one continues its run, and the store
        // holds exactly one finished child run per trial under one parent
        Assert.True(rerun.ExitCode == 0, rerun.Output);
        Assert.Contains("Trial 0 'learning_rate=1.0e-3' already finished", rerun.Output);
        Assert.Contains($"Trial 1 'learning_rate=3.0e-3' resumes run {interrupted.Info.RunId}", rerun.Output);
        var parent = Assert.Single(await runs.WithTagAsync("experiments.sweep.name", "tiny"));
        var children = await runs.WithTagAsync(MlflowTags.ParentRunId, parent.Info.RunId);
        Assert.Equal(3, children.Count);
        Assert.All(children, child => Assert.Equal(RunStatus.Finished, child.Info.Status));
        Assert.Equal(["0", "1", "2"], children.Select(c => c.FindTag("experiments.sweep.trial_index")).Order());
        var resumedSteps = (await runs.HistoryAsync(interrupted.Info.RunId, "loss")).Select(p => p.Step).ToList();
        Assert.Equal(resumedSteps.Count, resumedSteps.Distinct().Count());
        Assert.Equal(Enumerable.Range(1, resumedSteps.Count).Select(s => (long)s), resumedSteps.Order());
        Assert.Contains("sweep/comparison.png", await runs.ArtifactsAsync(parent.Info.RunId, "sweep"));
    }

    [Fact]
    public async Task A_slurm_job_array_runs_every_trial_under_one_parent_run()
    {
        // Given the sweep's Slurm script, written for a single-node cluster started by CI
        using var tiny = new TinyExperiment(epochs: 2, Sweep);
        var script = Path.Combine(tiny.Folder, "tiny.slurm.sh");
        var emitted = await ExperimentsApp.RunAsync(
            tiny.Folder, "sweep", tiny.File, "--emit", "slurm", "--out", script,
            "--work", Path.Combine(tiny.Folder, "w"));
        Assert.True(emitted.ExitCode == 0, emitted.Output);

        // When it is submitted and waited for
        var (exitCode, output) = await SubmitAndWaitAsync(script, tiny.Folder);

        // Then every array task finished and logged into the one parent run
        Assert.True(exitCode == 0, output);
        var runs = new TrackedRuns(tiny.Store);
        var parent = Assert.Single(await runs.WithTagAsync("experiments.sweep.name", "tiny"));
        var children = await runs.WithTagAsync(MlflowTags.ParentRunId, parent.Info.RunId);
        Assert.Equal(3, children.Count);
        Assert.All(children, child => Assert.Equal(RunStatus.Finished, child.Info.Status));
    }

    private static async Task InterruptAfterFirstCheckpointAsync(TinyExperiment tiny, string work, string skip)
    {
        using var trial = ExperimentsApp.Start(tiny.Folder, "sweep", tiny.File, "--trial", "1", "--work", work);
        _ = trial.StandardOutput.ReadToEndAsync();
        _ = trial.StandardError.ReadToEndAsync();
        var clock = Stopwatch.StartNew();
        while (!Directory.GetDirectories(work).Where(d => d != skip)
                   .Any(d => Directory.Exists(Path.Combine(d, "run", "checkpoints", "last"))))
        {
            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(5) && !trial.HasExited, "trial 1 made no checkpoint");
            await Task.Delay(100);
        }

        Signals.Terminate(trial.Id);
        await trial.WaitForExitAsync();
    }

    private static async Task<(int ExitCode, string Output)> SubmitAndWaitAsync(string script, string folder)
    {
        var start = new ProcessStartInfo("sbatch")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "--wait", script })
        {
            start.ArgumentList.Add(argument);
        }

        using var sbatch = Process.Start(start)
                           ?? throw new InvalidOperationException("sbatch could not be started; is Slurm installed?");
        var output = sbatch.StandardOutput.ReadToEndAsync();
        var errors = sbatch.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        await sbatch.WaitForExitAsync(limit.Token);
        return (sbatch.ExitCode, await output + await errors);
    }
}
