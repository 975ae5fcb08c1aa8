namespace Experiments.Plugins.UNet;

/// <summary>Checks the options before a network is built, naming the option and what it should be.</summary>
internal static class TwoTaskUNet3dOptionsValidator
{
    public static void Validate(TwoTaskUNet3dOptions options)
    {
        RequirePositive("channels", options.Channels);
        if (options.Channels.Length < 2)
        {
            Fail($"channels lists {options.Channels.Length} level(s); the U-Net needs at least 2 (one down-sampling).");
        }

        RequirePositive("decoder_channels", options.DecoderChannels);
        if (options.DecoderChannels.Length != options.Channels.Length - 1)
        {
            Fail($"decoder_channels lists {options.DecoderChannels.Length} width(s) but channels has " +
                 $"{options.Channels.Length} levels; expected {options.Channels.Length - 1} (one per up-sampling).");
        }

        RequirePositive("bridge_channels", [options.BridgeChannels]);
        RequirePositive("classifier_channels", [options.ClassifierChannels]);
        RequirePositive("convolutions_per_level", [options.ConvolutionsPerLevel]);
        RequirePositive("bridge_convolutions", [options.BridgeConvolutions]);
        RequirePositive("classifier_convolutions", [options.ClassifierConvolutions]);
        if (options.Normalization == NormalizationKind.Group)
        {
            RequireGroupsDivideWidths(options);
        }
    }

    private static void RequireGroupsDivideWidths(TwoTaskUNet3dOptions options)
    {
        RequirePositive("groups", [options.Groups]);
        var widths = options.Channels.Concat(options.DecoderChannels)
            .Append(options.BridgeChannels).Append(options.ClassifierChannels);
        var misfits = widths.Where(width => width % options.Groups != 0).Distinct().ToList();
        if (misfits.Count > 0)
        {
            Fail($"groups is {options.Groups}, which does not divide the width(s) {string.Join(", ", misfits)}; " +
                 "group normalisation needs a group count that divides every width.");
        }
    }

    private static void RequirePositive(string option, IReadOnlyList<int> values)
    {
        if (values.Count == 0 || values.Any(value => value < 1))
        {
            Fail($"{option} is [{string.Join(", ", values)}]; expected positive whole numbers.");
        }
    }

    private static void Fail(string problem) =>
        throw new ArgumentException($"two-task-unet3d: {problem}");
}
