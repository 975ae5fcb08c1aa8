using System.Globalization;
using Experiments.Bench.Training;
using static TorchSharp.torch;

// Memory: 400 trainer steps in epochs of 50 (validation and a checkpoint after each). Resident memory
// settles during the first two epochs (allocator pools, the first checkpoint writes); the limit is on
// the 300 steps after that: the mean of the last 25 steps against the mean of steps 101-125 must
// grow < 5 % (means, because each epoch end briefly raises the resident size).
// Speed: trainer and bare loop alternate in rounds on the same model and input; medians compared.
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
set_num_threads(1);
var samples = BenchTasks.Samples(50);
var folder = Path.Combine(Path.GetTempPath(), "bench-training-" + Guid.NewGuid().ToString("N"));
try
{
    var memory = new RunnerLoop();
    memory.Run(samples, 400, folder);
    var bytes = memory.ResidentBytes;
    var settled = bytes.Skip(100).Take(25).Average();
    var last = bytes.TakeLast(25).Average();
    var growth = (last - settled) / settled;
    Console.WriteLine("resident MB every 50 steps: " + string.Join(" ", bytes.Where((_, i) => i % 50 == 0).Select(b => $"{b / 1e6:F1}")));
    Console.WriteLine($"resident memory: steps 101-125 {settled / 1e6:F1} MB, steps 376-400 {last / 1e6:F1} MB, " +
                      $"growth {growth:P2} (limit 5 %)");

    var bare = new StepClock();
    var runner = new StepClock();
    for (var round = 0; round < 3; round++)
    {
        var bareRound = BareLoop.Run(samples, 50);
        bare.WallMilliseconds.AddRange(bareRound.WallMilliseconds.Skip(10));
        bare.CpuMilliseconds.AddRange(bareRound.CpuMilliseconds.Skip(10));
        var loop = new RunnerLoop();
        loop.Run(samples, 50, folder);
        runner.WallMilliseconds.AddRange(loop.Clock.WallMilliseconds.Skip(10));
        runner.CpuMilliseconds.AddRange(loop.Clock.CpuMilliseconds.Skip(10));
    }

    var wallRatio = Median(runner.WallMilliseconds) / Median(bare.WallMilliseconds);
    var cpuRatio = Median(runner.CpuMilliseconds) / Median(bare.CpuMilliseconds);
    Console.WriteLine($"step wall time: bare median {Median(bare.WallMilliseconds):F2} ms, " +
                      $"trainer median {Median(runner.WallMilliseconds):F2} ms, ratio {wallRatio:F3} (limit 1.05)");
    Console.WriteLine($"step CPU time:  bare median {Median(bare.CpuMilliseconds):F2} ms, " +
                      $"trainer median {Median(runner.CpuMilliseconds):F2} ms, ratio {cpuRatio:F3} (limit 1.05)");
    return growth < 0.05 && wallRatio < 1.05 ? 0 : 1;
}
finally
{
    Directory.Delete(folder, recursive: true);
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToArray();
    return sorted[sorted.Length / 2];
}
