namespace Experiments.Imaging.Resampling;

/// <summary>The cubic B-spline's four weights and mirrored indices around one coordinate.</summary>
internal static class CubicWeights
{
    public static void Fill(double at, int length, Span<double> weights, Span<int> indices)
    {
        var start = (int)Math.Floor(at) - 1;
        var t = at - (start + 1);
        var u = 1 - t;
        var t2 = t * t;
        var t3 = t2 * t;
        weights[0] = u * u * u / 6;
        weights[1] = (4 - 6 * t2 + 3 * t3) / 6;
        weights[2] = (1 + 3 * t + 3 * t2 - 3 * t3) / 6;
        weights[3] = t3 / 6;
        for (var n = 0; n < 4; n++)
        {
            indices[n] = MirrorIndex.Map(start + n, length);
        }
    }
}
