namespace Experiments.Data.Synthetic;

/// <summary>
/// Fast, seeded standard-normal noise: draws from a fixed table of 65,536 Gaussian samples,
/// four table indices per 64-bit random number. Box-Muller per voxel would cost more than the
/// whole phantom; at CT noise levels the table's finite support (about 4.4 sigma) is invisible.
/// </summary>
internal sealed class NoiseStream(ulong seed, ulong stream)
{
    private static readonly float[] Table = BuildTable();

    private readonly SplitMix64 _random = SplitMix64.ForStream(seed, stream);
    private ulong _bits;
    private int _left;

    public float Next()
    {
        if (_left == 0)
        {
            _bits = _random.NextUInt64();
            _left = 4;
        }

        var index = (int)(_bits & 0xFFFF);
        _bits >>= 16;
        _left--;
        return Table[index];
    }

    private static float[] BuildTable()
    {
        var random = new SplitMix64(0x6E6F697365UL);
        var table = new float[1 << 16];
        for (var n = 0; n < table.Length; n++)
        {
            table[n] = (float)random.Gaussian();
        }

        return table;
    }
}
