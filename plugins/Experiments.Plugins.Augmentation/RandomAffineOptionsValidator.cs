namespace Experiments.Plugins.Augmentation;

/// <summary>Checks the options when the augmenter is created, naming the option and its valid range.</summary>
internal static class RandomAffineOptionsValidator
{
    public static void Validate(RandomAffineOptions options)
    {
        RequireRange("scale", options.Scale, 0, 1, "below 1 so the scale factor stays positive");
        RequireRange("translation", options.Translation, 0, 1, "a fraction of the image's extent");
        RequireRange("rotation_degrees", options.RotationDegrees, 0, 180, "in degrees");
        if (options.Multiplier < 1)
        {
            Fail($"multiplier is {options.Multiplier}; expected 1 or more variants per case.");
        }

        if (options.VoxelSpacingMm is not { Length: 3 } spacing
            || spacing.Any(size => !(size > 0) || !double.IsFinite(size)))
        {
            Fail($"voxel_spacing_mm is [{string.Join(", ", options.VoxelSpacingMm ?? [])}]; " +
                 "expected three positive sizes (x, y, z) in mm.");
        }
    }

    private static void RequireRange(string option, double value, double lowest, double below, string meaning)
    {
        if (!(value >= lowest && value < below))
        {
            Fail($"{option} is {value}; expected a value in [{lowest}, {below}), {meaning}.");
        }
    }

    private static void Fail(string problem) => throw new ArgumentException($"random-affine: {problem}");
}
