using Experiments.Testing;
using Experiments.Training.Checkpoints;
using Experiments.Training.Tests.Doubles;

namespace Experiments.Training.Tests.Checkpoints;

public sealed class CheckpointCompanionTests
{
    [Fact]
    public void Companion_files_travel_inside_the_last_and_the_best_checkpoint()
    {
        using var folder = new TemporaryFolder();
        var experiment = folder.File(CheckpointFiles.Experiment);
        File.WriteAllText(experiment, "name: companion\n");
        var run = new TinyRun(folder.Path) { Training = TinyRun.Cpu(epochs: 1), CheckpointCompanions = [experiment] };

        var result = run.CreateTrainer([], initSeed: 1).Run(CancellationToken.None);

        foreach (var checkpoint in new[] { result.LastCheckpoint, result.BestCheckpoint })
        {
            Assert.Equal("name: companion\n", File.ReadAllText(Path.Combine(checkpoint, CheckpointFiles.Experiment)));
        }
    }
}
