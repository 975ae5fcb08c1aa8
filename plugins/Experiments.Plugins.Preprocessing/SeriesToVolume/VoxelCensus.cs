using System.Numerics;
using System.Runtime.CompilerServices;

namespace Experiments.Plugins.Preprocessing.SeriesToVolume;

/// <summary>How many voxels are not finite (NaN, infinite) and how many are neither 0 nor 1.</summary>
internal readonly record struct VoxelCensus(long NonFinite, long NonBinary)
{
    private const int Chunk = 1 << 18;

    public static VoxelCensus Of(float[] voxels)
    {
        var parts = (voxels.Length + Chunk - 1) / Chunk;
        var censuses = new VoxelCensus[parts];
        Parallel.For(0, parts, part =>
            censuses[part] = OfChunk(voxels.AsSpan(part * Chunk, Math.Min(Chunk, voxels.Length - part * Chunk))));
        return new VoxelCensus(censuses.Sum(c => c.NonFinite), censuses.Sum(c => c.NonBinary));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static VoxelCensus OfChunk(ReadOnlySpan<float> voxels)
    {
        // x - x is 0 for a finite x and NaN otherwise. Lanes of a true comparison are -1.
        var finite = Vector<int>.Zero;
        var binary = Vector<int>.Zero;
        var n = 0;
        for (; n <= voxels.Length - Vector<float>.Count; n += Vector<float>.Count)
        {
            var v = new Vector<float>(voxels[n..]);
            finite -= Vector.Equals(v - v, Vector<float>.Zero);
            binary -= Vector.Equals(v, Vector<float>.Zero) | Vector.Equals(v, Vector<float>.One);
        }

        long nonFinite = n - Vector.Sum(finite);
        long nonBinary = n - Vector.Sum(binary);
        for (; n < voxels.Length; n++)
        {
            nonFinite += float.IsFinite(voxels[n]) ? 0 : 1;
            nonBinary += voxels[n] is 0 or 1 ? 0 : 1;
        }

        return new VoxelCensus(nonFinite, nonBinary);
    }
}
