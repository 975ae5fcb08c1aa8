using Experiments.Plugins.UNet;
using Experiments.Training.Models;
using static TorchSharp.torch;

namespace Experiments.Models.Tests.Architecture;

public sealed class TwoTaskUNet3dTests
{
    [Fact]
    public void PaperSizedInputGivesThePapersFeatureMapsAtEveryLevelAndTheHandCountedParameters()
    {
        var network = new TwoTaskUNet3d(new TwoTaskUNet3dOptions()).Build(inputChannels: 1);

        var summary = ModelSummarizer.Summarize(network, [1, 1, 32, 256, 256], TwoTaskUNet3d.PaperParameterCount);

        Assert.Equal([1, 16, 32, 256, 256], summary["encoder1"].OutputShape);
        Assert.Equal([1, 16, 16, 128, 128], summary["down1"].OutputShape);
        Assert.Equal([1, 32, 16, 128, 128], summary["encoder2"].OutputShape);
        Assert.Equal([1, 32, 8, 64, 64], summary["down2"].OutputShape);
        Assert.Equal([1, 64, 8, 64, 64], summary["encoder3"].OutputShape);
        Assert.Equal([1, 128, 8, 64, 64], summary["bridge"].OutputShape);
        Assert.Equal([1, 64, 16, 128, 128], summary["decoder2"].OutputShape);
        Assert.Equal([1, 32, 32, 256, 256], summary["decoder1"].OutputShape);
        Assert.Equal([1, 128, 8, 64, 64], summary["expansion_head.convs"].OutputShape);
        Assert.Equal([1, 128], summary["expansion_head.flatten"].OutputShape);
        Assert.Equal([1, 1, 32, 256, 256], summary.TaskOutputShapes["segmentation"]);
        Assert.Equal([1, 1], summary.TaskOutputShapes["expansion"]);
        Assert.Equal(PaperDefaultParameterCount(), summary.TotalParameters);
        Assert.Equal(2_395_266 - 3_802_578, summary.DifferenceFromReference);
    }

    [Fact]
    public void TransposedUpsamplingWithoutNormalisationHasTheHandCountedParameters()
    {
        var options = new TwoTaskUNet3dOptions
        {
            Upsampling = UpsamplingKind.Transposed,
            Normalization = NormalizationKind.None,
        };
        var network = new TwoTaskUNet3d(options).Build(inputChannels: 1);

        var summary = ModelSummarizer.Summarize(network, [1, 1, 8, 16, 16]);

        var encoder = Conv(1, 16) + Conv(16, 16) + Conv(16, 16) + Conv(16, 32) + Conv(32, 32) + Conv(32, 32)
                      + Conv(32, 64) + Conv(64, 64) + Conv(64, 128);
        var decoder = Transposed(128) + Conv(160, 64) + Conv(64, 64) + Transposed(64) + Conv(80, 32) + Conv(32, 32);
        Assert.Equal(encoder + decoder + 33 + Conv(128, 128) * 2 + 129, summary.TotalParameters);
        Assert.Equal([1, 1, 8, 16, 16], summary.TaskOutputShapes["segmentation"]);
        Assert.Null(summary.DifferenceFromReference);
    }

    [Fact]
    public void BothTasksSendGradientsIntoTheSharedBridge()
    {
        random.manual_seed(3);
        var network = new TwoTaskUNet3d(new TwoTaskUNet3dOptions { Channels = [4, 8], DecoderChannels = [4],
            BridgeChannels = 8, ClassifierChannels = 8, Groups = 4, Normalization = NormalizationKind.Group }).Build(1);
        using var input = randn([1, 1, 4, 8, 8]);

        foreach (var task in new[] { "segmentation", "expansion" })
        {
            network.Module.zero_grad();
            using var outputs = network.Module.call(input);
            outputs[task].sum().backward();

            var gradientNorm = network.SharedParameters.Sum(parameter => parameter.grad!.norm().item<float>());
            Assert.True(gradientNorm > 0, $"the {task} loss left the bridge without gradient");
        }
    }

    [Fact]
    public void DecoderWidthsThatDoNotMatchTheLevelsAreRejectedNamingTheOption()
    {
        var options = new TwoTaskUNet3dOptions { DecoderChannels = [32, 64, 128] };

        var error = Assert.Throws<ArgumentException>(() => new TwoTaskUNet3d(options));

        Assert.Contains("decoder_channels lists 3 width(s)", error.Message);
        Assert.Contains("expected 2", error.Message);
    }

    [Fact]
    public void GroupCountThatDoesNotDivideAWidthIsRejectedNamingTheWidth()
    {
        var options = new TwoTaskUNet3dOptions { Normalization = NormalizationKind.Group, Groups = 12 };

        var error = Assert.Throws<ArgumentException>(() => new TwoTaskUNet3d(options));

        Assert.Contains("groups is 12", error.Message);
        Assert.Contains("16, 32, 64, 128", error.Message);
    }

    /// <summary>
    /// The default network counted by hand: 3x3x3 convolutions with bias followed by batch
    /// normalisation (scale and shift per channel); trilinear up-sampling refined by a 3x3x3
    /// convolution keeping the width; skip connections concatenated.
    /// </summary>
    private static long PaperDefaultParameterCount()
    {
        long Block(int input, int output) => Conv(input, output) + 2 * output;
        var encoder = Block(1, 16) + Block(16, 16) + Block(16, 16) + Block(16, 32) + Block(32, 32) + Block(32, 32)
                      + Block(32, 64) + Block(64, 64);
        var bridge = Block(64, 128);
        var decoder = Block(128, 128) + Block(128 + 32, 64) + Block(64, 64)
                      + Block(64, 64) + Block(64 + 16, 32) + Block(32, 32);
        var segmentationHead = 32 + 1;
        var expansionHead = 2 * Block(128, 128) + 128 + 1;
        return encoder + bridge + decoder + segmentationHead + expansionHead;
    }

    private static long Conv(int input, int output) => 27L * input * output + output;

    private static long Transposed(int channels) => 8L * channels * channels + channels;
}
