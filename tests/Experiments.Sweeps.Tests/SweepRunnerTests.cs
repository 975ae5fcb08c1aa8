using System.Collections.Concurrent;
using Experiments.Sweeps.Plan;
using Experiments.Sweeps.Running;
using Experiments.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Experiments.Sweeps.Tests;

public class SweepRunnerTests
{
    [Fact]
    public async Task Finished_trials_are_skipped_unfinished_resume_and_a_failure_does_not_stop_the_rest()
    {
        using var folder = new TemporaryFolder();
        var trials = Enumerable.Range(0, 4)
            .Select(i => new PlannedTrial(new Trial(i, $"t{i}", []), $"hash{i}"))
            .ToList();
        var ledger = new MemoryLedger
        {
            Trials =
            {
                ["hash0"] = new TrialRecord("run-0", Finished: true),
                ["hash2"] = new TrialRecord("run-2", Finished: false),
            },
        };
        var launcher = new ScriptedLauncher(failing: "hash1");
        var runner = new SweepRunner(launcher, ledger, NullLogger<SweepRunner>.Instance);

        var results = await runner.RunAsync(trials, "parent", folder.Path, parallel: 2, CancellationToken.None);

        Assert.Equal(
            [TrialOutcome.SkippedAlreadyFinished, TrialOutcome.Failed, TrialOutcome.Finished, TrialOutcome.Finished],
            results.Select(r => r.Outcome));
        Assert.Equal([false, false, true, false], results.Select(r => r.Resumed));
        Assert.DoesNotContain("hash0", launcher.Launches.Keys);
        Assert.Equal("run-2", launcher.Launches["hash2"].ExistingRunId);
        Assert.Null(launcher.Launches["hash3"].ExistingRunId);
        Assert.Equal(Path.Combine(folder.Path, "hash3"), launcher.Launches["hash3"].WorkFolder);
        Assert.True(Directory.Exists(launcher.Launches["hash3"].WorkFolder));
    }

    [Fact]
    public void Trial_command_line_carries_settings_parent_and_resume()
    {
        var trial = new Trial(3, "cosine", [new SettingOverride("schedule.name", "cosine", new("f", 1, 1))]);
        var launch = new TrialLaunch(trial, "abcd", "parent-1", "run-9", "/w/abcd");

        var arguments = TrialCommandLine.For(launch, "/x/sweep.yaml");

        Assert.Equal(
            ["run", "/x/sweep.yaml", "--set", "schedule.name=cosine",
             "--set", "training.checkpointing.folder=/w/abcd/run",
             "--parent-run", "parent-1", "--run-name", "cosine",
             "--tag", "experiments.sweep.trial_hash=abcd", "--tag", "experiments.sweep.trial_index=3",
             "--resume", "--resume-run", "run-9"],
            arguments);
    }

    [Fact]
    public void Trial_hash_depends_only_on_the_resolved_configuration()
    {
        Assert.Equal(TrialHash.Of("a: 1\n"), TrialHash.Of("a: 1\n"));
        Assert.NotEqual(TrialHash.Of("a: 1\n"), TrialHash.Of("a: 2\n"));
        Assert.Equal(16, TrialHash.Of("x").Length);
    }

    private sealed class MemoryLedger : ISweepLedger
    {
        public Dictionary<string, TrialRecord> Trials { get; } = [];

        public Task<string> ParentRunAsync(string sweepName, string sweepHash, CancellationToken cancellation) =>
            Task.FromResult("parent");

        public Task<TrialRecord?> FindTrialAsync(
            string parentRunId, string trialHash, CancellationToken cancellation) =>
            Task.FromResult(Trials.GetValueOrDefault(trialHash));
    }

    private sealed class ScriptedLauncher(string failing) : ITrialLauncher
    {
        public ConcurrentDictionary<string, TrialLaunch> Launches { get; } = new();

        public Task<int> RunAsync(TrialLaunch launch, CancellationToken cancellation)
        {
            Launches[launch.TrialHash] = launch;
            return Task.FromResult(launch.TrialHash == failing ? 1 : 0);
        }
    }
}
