using Experiments.Bench.Models;
using Experiments.Plugins.UNet;

// Usage: parameters | convolutions | step D H W [repeats] [flags] | augmentation D H W [rounds] [flags]
// Flags: "transposed" switches to transposed-convolution up-sampling, "half" halves every width, "cold"
// skips the warm-up step (for the full-size step, which takes minutes).
var mode = args.FirstOrDefault() ?? "parameters";
int Argument(int index, int fallback) => args.Length > index ? int.Parse(args[index]) : fallback;
var options = new TwoTaskUNet3dOptions();
if (args.Contains("transposed"))
{
    options.Upsampling = UpsamplingKind.Transposed;
}

if (args.Contains("half"))
{
    options.Channels = [8, 16, 32];
    options.DecoderChannels = [16, 32];
    options.BridgeChannels = 64;
    options.ClassifierChannels = 64;
}

Console.WriteLine($"torch threads: {TorchSharp.torch.get_num_threads()}");
switch (mode)
{
    case "parameters":
        Benchmarks.ParameterVariants();
        break;
    case "convolutions":
        Benchmarks.ConvolutionShapes([(16, 64, 64), (16, 96, 96), (32, 64, 64), (16, 128, 128), (8, 128, 128)]);
        break;
    case "step":
        Benchmarks.TrainingSteps(options, Argument(1, 32), Argument(2, 128), Argument(3, 128), Argument(4, 3),
            warmUp: !args.Contains("cold"));
        break;
    case "augmentation":
        Benchmarks.AugmentationOverhead(options, Argument(1, 16), Argument(2, 96), Argument(3, 96), Argument(4, 3));
        break;
    default:
        Console.Error.WriteLine($"Unknown mode '{mode}'; expected parameters, convolutions, step or augmentation.");
        return 1;
}

return 0;
