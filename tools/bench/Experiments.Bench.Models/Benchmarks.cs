using System.Diagnostics;
using Experiments.Contracts.Augmentation;
using Experiments.Plugins.Augmentation;
using Experiments.Plugins.UNet;
using Experiments.Training.Augmentation;
using static TorchSharp.torch;

namespace Experiments.Bench.Models;

internal static class Benchmarks
{
    /// <summary>Parameter counts of the option combinations the paper leaves open.</summary>
    public static void ParameterVariants()
    {
        Console.WriteLine("convs/level | up-sampling | normalisation | conv bias | parameters | vs 3,802,578");
        foreach (var perLevel in new[] { 1, 2, 3 })
        foreach (var upsampling in Enum.GetValues<UpsamplingKind>().Where(kind => kind != UpsamplingKind.Nearest))
        foreach (var normalization in new[] { NormalizationKind.None, NormalizationKind.Batch })
        foreach (var bias in new[] { true, false })
        {
            var options = new TwoTaskUNet3dOptions
            {
                ConvolutionsPerLevel = perLevel, Upsampling = upsampling, Normalization = normalization,
                ConvolutionBias = bias,
            };
            using var network = (TwoTaskUNet3dNetwork)new TwoTaskUNet3d(options).Build(1);
            var count = network.parameters().Sum(parameter => parameter.numel());
            var paper = TwoTaskUNet3d.PaperParameterCount;
            Console.WriteLine($"{perLevel} | {upsampling} | {normalization} | {bias} | {count:N0} | " +
                              $"{count - paper:N0} ({(double)count / paper - 1:P1})");
        }
    }

    /// <summary>A 16 -> 16 channel 3x3x3 convolution, forward and backward, at several volume shapes.</summary>
    public static void ConvolutionShapes(IEnumerable<(int Depth, int Height, int Width)> shapes)
    {
        var conv = nn.Conv3d(16, 16, 3, padding: 1);
        foreach (var (depth, height, width) in shapes)
        {
            var milliseconds = Timing.MedianMilliseconds(3, () =>
            {
                var watch = Stopwatch.StartNew();
                using var scope = NewDisposeScope();
                var input = randn([1, 16, depth, height, width], requires_grad: true);
                conv.call(input).sum().backward();
                return watch.Elapsed.TotalMilliseconds;
            });
            var gflops = 3 * 2.0 * 16 * 16 * 27 * depth * height * width / 1e9;
            Console.WriteLine($"conv3d 16->16 at {depth}x{height}x{width}: {milliseconds:F0} ms fwd+bwd, " +
                              $"{gflops / (milliseconds / 1000):F1} GFLOP/s");
        }
    }

    /// <summary>Forward + backward + Adam of the network at one input shape, with the achieved GFLOP/s.</summary>
    public static void TrainingSteps(TwoTaskUNet3dOptions options, int depth, int height, int width, int repeats,
        bool warmUp)
    {
        var network = new TwoTaskUNet3d(options).Build(1);
        var sample = SyntheticCases.Create(1, depth, height, width, seed: 1)[0];
        var step = new TrainingStep(network);
        var milliseconds = Timing.MedianMilliseconds(repeats, () => step.Run(sample), warmUp);
        var gflop = ConvolutionFlops.TrainingStep(network, [1, 1, depth, height, width]) / 1e9;
        var widths = string.Join("/", options.Channels);
        var warmth = warmUp ? "" : " (no warm-up)";
        Console.WriteLine($"step at {depth}x{height}x{width} ({options.Upsampling}, widths {widths}): " +
                          $"{milliseconds:F0} ms median of {repeats}{warmth}, {gflop:F1} GFLOP (convolutions), " +
                          $"{gflop / (milliseconds / 1000):F1} GFLOP/s");
    }

    /// <summary>
    /// Mean step time over epochs with the paper's augmentation in the background queue, against the
    /// same loop without augmenters; blocks alternate so drifting machine load hits both alike.
    /// </summary>
    public static void AugmentationOverhead(TwoTaskUNet3dOptions options, int depth, int height, int width, int rounds)
    {
        var cases = SyntheticCases.Create(2, depth, height, width, seed: 2);
        var step = new TrainingStep(new TwoTaskUNet3d(options).Build(1));
        var augmented = new AugmentationQueue(
            [new RandomAffine(new RandomAffineOptions { Multiplier = 3 })], seed: 3, workers: 1, capacity: 2);
        var plain = new AugmentationQueue([], seed: 3);
        step.Run(cases[0]);

        var (on, off) = (new List<double>(), new List<double>());
        for (var round = 0; round < rounds; round++)
        {
            off.Add(MeanEpochStep(step, plain.Epoch(cases, round), repeat: 3));
            on.Add(MeanEpochStep(step, augmented.Epoch(cases, round), repeat: 1));
        }

        var (meanOn, meanOff) = (on.Average(), off.Average());
        Console.WriteLine($"augmentation at {depth}x{height}x{width}: {meanOn:F0} ms/step on, " +
                          $"{meanOff:F0} ms/step off, " +
                          $"{meanOn / meanOff - 1:P1} more ({rounds} rounds of 6 steps each)");
    }

    private static double MeanEpochStep(TrainingStep step, IEnumerable<TrainingSample> epoch, int repeat)
    {
        var watch = Stopwatch.StartNew();
        var steps = 0;
        for (var pass = 0; pass < repeat; pass++)
        {
            foreach (var sample in epoch)
            {
                step.Run(sample);
                steps++;
            }
        }

        return watch.Elapsed.TotalMilliseconds / steps;
    }
}
