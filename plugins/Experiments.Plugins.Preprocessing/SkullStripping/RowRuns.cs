using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Experiments.Plugins.Preprocessing.SkullStripping;

/// <summary>
/// The runs of one value along the rows of a slice: run r covers columns [Start(r), End(r)) of its
/// row, and the runs of row y are numbered First(y) to First(y + 1) - 1, in column order. Buffers
/// grow as needed and are reused from slice to slice.
/// </summary>
internal sealed class RowRuns
{
    private int[] _starts = new int[1024];
    private int[] _ends = new int[1024];
    private int[] _rowFirst = [];

    public int Count { get; private set; }

    public int Start(int run) => _starts[run];

    public int End(int run) => _ends[run];

    public int First(int row) => _rowFirst[row];

    /// <summary>Finds the runs of <paramref name="value"/> in a slice of the given width, row after row.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Find(ReadOnlySpan<bool> slice, int width, bool value)
    {
        var height = slice.Length / width;
        if (_rowFirst.Length < height + 1)
        {
            _rowFirst = new int[height + 1];
        }

        // bool is stored as one byte (0 or 1); byte searches are vectorised.
        var bytes = MemoryMarshal.AsBytes(slice);
        var wanted = value ? (byte)1 : (byte)0;
        Count = 0;
        for (var y = 0; y < height; y++)
        {
            _rowFirst[y] = Count;
            var row = bytes.Slice(y * width, width);
            var x = 0;
            while (x < width)
            {
                var start = row[x..].IndexOf(wanted);
                if (start < 0)
                {
                    break;
                }

                start += x;
                var length = row[start..].IndexOfAnyExcept(wanted);
                x = length < 0 ? width : start + length;
                Add(start, x);
            }
        }

        _rowFirst[height] = Count;
    }

    /// <summary>
    /// Unites every run of row <paramref name="rowA"/> of <paramref name="a"/> with every run of row
    /// <paramref name="rowB"/> of <paramref name="b"/> sharing a column with it (4- or 6-connected
    /// neighbours); runs are numbered in <paramref name="sets"/> from the given offsets.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void UniteOverlaps(RowRuns a, int rowA, int offsetA, RowRuns b, int rowB, int offsetB,
        DisjointSets sets)
    {
        int p = a.First(rowA), pEnd = a.First(rowA + 1);
        int q = b.First(rowB), qEnd = b.First(rowB + 1);
        while (p < pEnd && q < qEnd)
        {
            if (a.Start(p) < b.End(q) && b.Start(q) < a.End(p))
            {
                sets.Union(offsetA + p, offsetB + q);
            }

            if (a.End(p) < b.End(q))
            {
                p++;
            }
            else
            {
                q++;
            }
        }
    }

    private void Add(int start, int end)
    {
        if (Count == _starts.Length)
        {
            Array.Resize(ref _starts, 2 * Count);
            Array.Resize(ref _ends, 2 * Count);
        }

        _starts[Count] = start;
        _ends[Count] = end;
        Count++;
    }
}
