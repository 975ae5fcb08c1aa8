using Experiments.Sweeps.Slurm;

namespace Experiments.Sweeps.Tests;

public class SlurmScriptWriterTests
{
    [Fact]
    public void Script_has_one_array_task_per_trial_with_the_concurrency_limit()
    {
        using var yaml = new SweepYaml("""
            sweep:
              name: lr schedules
              grid:
                schedule.name: [multistep, cosine, one-cycle]
              slurm: { concurrency: 2, cpus_per_task: 4, memory: 16G, partition: gpu, time: "02:00:00" }
            """);
        var definition = yaml.Parse();

        var script = SlurmScriptWriter.Write(
            definition.ToPlan(), definition.Slurm, ["/opt/app/experiments"], "/data/sweep.yaml", "abc123", "/logs");

        var lines = script.Split('\n');
        Assert.Equal("#!/bin/bash", lines[0]);
        Assert.Contains("#SBATCH --job-name=lr-schedules", lines);
        Assert.Contains("#SBATCH --array=0-2%2", lines);
        Assert.Contains("#SBATCH --cpus-per-task=4", lines);
        Assert.Contains("#SBATCH --mem=16G", lines);
        Assert.Contains("#SBATCH --partition=gpu", lines);
        Assert.Contains("#SBATCH --time=02:00:00", lines);
        Assert.Contains("#   2: name=one-cycle", lines);
        Assert.Contains(
            "exec '/opt/app/experiments' 'sweep' '/data/sweep.yaml' '--parent-run' 'abc123' " +
            "--trial \"$SLURM_ARRAY_TASK_ID\"",
            lines);
    }

    [Fact]
    public void Unknown_slurm_setting_is_reported_with_a_suggestion()
    {
        using var yaml = new SweepYaml("""
            sweep:
              grid: { a.b: [1] }
              slurm: { concurency: 2 }
            """);

        var error = Assert.Throws<Experiments.Sweeps.Definition.SweepDefinitionException>(() => yaml.Parse());

        Assert.Contains("did you mean 'concurrency'", error.Problems.Single().Message);
    }
}
