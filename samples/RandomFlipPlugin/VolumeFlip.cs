namespace RandomFlipPlugin;

/// <summary>
/// Mirrors a (depth, height, width) volume, x fastest, along any of its axes in one pass: the value
/// at x moves to <c>width - 1 - x</c>, and likewise for y and z.
/// </summary>
public static class VolumeFlip
{
    public static float[] Mirror(float[] values, int depth, int height, int width, IReadOnlyCollection<FlipAxis> axes)
    {
        if (values.Length != (long)depth * height * width)
        {
            throw new ArgumentException(
                $"{values.Length} values cannot be a {depth} x {height} x {width} volume.", nameof(values));
        }

        var mirrorX = axes.Contains(FlipAxis.LeftRight);
        var mirrorY = axes.Contains(FlipAxis.AnteriorPosterior);
        var mirrorZ = axes.Contains(FlipAxis.SuperiorInferior);
        var mirrored = new float[values.Length];
        for (var z = 0; z < depth; z++)
        {
            var sourceZ = mirrorZ ? depth - 1 - z : z;
            for (var y = 0; y < height; y++)
            {
                var sourceY = mirrorY ? height - 1 - y : y;
                var source = values.AsSpan((sourceZ * height + sourceY) * width, width);
                var target = mirrored.AsSpan((z * height + y) * width, width);
                source.CopyTo(target);
                if (mirrorX)
                {
                    target.Reverse();
                }
            }
        }

        return mirrored;
    }
}
