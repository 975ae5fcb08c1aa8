namespace Experiments.Imaging.Resampling;

/// <summary>
/// Folds an index that falls off the grid back onto it by mirroring about the first and last
/// voxel (d c b | a b c d | c b a), the boundary the spline coefficients are computed with.
/// </summary>
internal static class MirrorIndex
{
    public static int Map(int index, int length)
    {
        if (index >= 0 && index < length)
        {
            return index;
        }

        if (length == 1)
        {
            return 0;
        }

        var period = 2 * length - 2;
        var folded = ((index % period) + period) % period;
        return folded < length ? folded : period - folded;
    }
}
