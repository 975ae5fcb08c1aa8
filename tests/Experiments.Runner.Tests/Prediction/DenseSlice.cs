using Experiments.Imaging;

namespace Experiments.Runner.Tests.Prediction;

/// <summary>
/// One axial slice's dense voxels (above a HU threshold) grouped into 4-connected pieces, each
/// counted inside and outside a mask: a piece on both sides is tissue the mask cuts through.
/// </summary>
internal sealed class DenseSlice
{
    private readonly bool[] _dense;
    private readonly bool[] _inMask;
    private readonly int _width;
    private readonly int _height;

    private DenseSlice(bool[] dense, bool[] inMask, int width, int height)
    {
        _dense = dense;
        _inMask = inMask;
        _width = width;
        _height = height;
    }

    public int BrainVoxels => _inMask.Count(v => v);

    public static DenseSlice Of(Volume scan, Volume mask, int z, float thresholdHu)
    {
        var count = scan.Size.X * scan.Size.Y;
        var offset = z * count;
        var dense = new bool[count];
        var inMask = new bool[count];
        for (var i = 0; i < count; i++)
        {
            dense[i] = scan.Voxels[offset + i] > thresholdHu;
            inMask[i] = mask.Voxels[offset + i] >= 0.5f;
        }

        return new DenseSlice(dense, inMask, scan.Size.X, scan.Size.Y);
    }

    public IEnumerable<(int Inside, int Outside)> Pieces()
    {
        var seen = new bool[_dense.Length];
        for (var start = 0; start < _dense.Length; start++)
        {
            if (_dense[start] && !seen[start])
            {
                yield return Fill(start, seen);
            }
        }
    }

    private (int Inside, int Outside) Fill(int start, bool[] seen)
    {
        var inside = 0;
        var outside = 0;
        var pending = new Stack<int>();
        pending.Push(start);
        seen[start] = true;
        while (pending.Count > 0)
        {
            var index = pending.Pop();
            if (_inMask[index])
            {
                inside++;
            }
            else
            {
                outside++;
            }

            var (x, y) = (index % _width, index / _width);
            foreach (var (nx, ny) in new[] { (x - 1, y), (x + 1, y), (x, y - 1), (x, y + 1) })
            {
                var next = nx + _width * ny;
                if (nx >= 0 && ny >= 0 && nx < _width && ny < _height && _dense[next] && !seen[next])
                {
                    seen[next] = true;
                    pending.Push(next);
                }
            }
        }

        return (inside, outside);
    }
}
