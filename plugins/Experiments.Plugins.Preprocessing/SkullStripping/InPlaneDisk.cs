namespace Experiments.Plugins.Preprocessing.SkullStripping;

/// <summary>
/// A disk of a radius in millimetres on a pixel grid (pixel spacing honoured; a pixel is in the
/// disk when its centre is within the radius), as the half-width in columns of each of its rows.
/// </summary>
internal sealed class InPlaneDisk
{
    private readonly int[] _columns;

    public InPlaneDisk(double radiusMm, double spacingX, double spacingY)
    {
        RowReach = (int)Math.Floor(radiusMm / spacingY + 1e-9);
        var limit = radiusMm * radiusMm + 1e-9;
        _columns = new int[2 * RowReach + 1];
        for (var dy = -RowReach; dy <= RowReach; dy++)
        {
            var across = dy * spacingY;
            _columns[dy + RowReach] =
                (int)Math.Floor(Math.Sqrt(Math.Max(limit - across * across, 0)) / spacingX + 1e-9);
        }
    }

    /// <summary>How many rows above and below the centre the disk reaches.</summary>
    public int RowReach { get; }

    /// <summary>How many columns either side of the centre the disk reaches, <paramref name="dy"/> rows away.</summary>
    public int Columns(int dy) => _columns[dy + RowReach];
}
