namespace Experiments.Training.Randomness;

/// <summary>
/// The xoshiro256** generator behind <see cref="Random"/>'s interface. The trainer never carries
/// one generator through a run: it derives a fresh one from (seed, stream, epoch, position), so
/// the whole random state a checkpoint needs is those counters, and a resumed run draws exactly
/// the numbers the uninterrupted run would have drawn.
/// </summary>
public sealed class Xoshiro256Random : Random
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    public Xoshiro256Random(ulong seed)
    {
        var mixer = seed;
        _s0 = SplitMix64(ref mixer);
        _s1 = SplitMix64(ref mixer);
        _s2 = SplitMix64(ref mixer);
        _s3 = SplitMix64(ref mixer);
    }

    /// <summary>An independent generator for one (seed, stream, counters...) combination.</summary>
    public static Xoshiro256Random For(long seed, RandomStream stream, params long[] counters)
    {
        var mixer = (ulong)seed ^ ((ulong)stream * 0x9E3779B97F4A7C15UL);
        var key = SplitMix64(ref mixer);
        foreach (var counter in counters)
        {
            mixer = key ^ (ulong)counter;
            key = SplitMix64(ref mixer);
        }

        return new Xoshiro256Random(key);
    }

    public ulong NextUInt64()
    {
        var result = RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    public override int Next() => (int)NextBelow(int.MaxValue);

    public override int Next(int maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxValue);
        return (int)NextBelow((ulong)maxValue);
    }

    public override int Next(int minValue, int maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minValue, maxValue);
        return (int)(minValue + (long)NextBelow((ulong)((long)maxValue - minValue)));
    }

    public override long NextInt64() => (long)NextBelow(long.MaxValue);

    public override long NextInt64(long maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxValue);
        return (long)NextBelow((ulong)maxValue);
    }

    public override long NextInt64(long minValue, long maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minValue, maxValue);
        return minValue + (long)NextBelow((ulong)(maxValue - minValue));
    }

    public override double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public override float NextSingle() => (NextUInt64() >> 40) * (1f / (1 << 24));

    public override void NextBytes(byte[] buffer) => NextBytes(buffer.AsSpan());

    public override void NextBytes(Span<byte> buffer)
    {
        for (var i = 0; i < buffer.Length; i++)
        {
            buffer[i] = (byte)(NextUInt64() >> 56);
        }
    }

    protected override double Sample() => NextDouble();

    /// <summary>Uniform in [0, bound) without modulo bias; 0 when the bound is 0, as Random does.</summary>
    private ulong NextBelow(ulong bound)
    {
        if (bound == 0)
        {
            return 0;
        }

        var threshold = (0UL - bound) % bound;
        while (true)
        {
            var value = NextUInt64();
            if (value >= threshold)
            {
                return value % bound;
            }
        }
    }

    private static ulong SplitMix64(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        var z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong RotateLeft(ulong value, int bits) => (value << bits) | (value >> (64 - bits));
}
