namespace Experiments.Data;

/// <summary>
/// A small, fast random generator whose sequence is fixed by its seed on every platform and .NET
/// version (System.Random makes no such promise), so datasets and splits are reproducible.
/// </summary>
public sealed class SplitMix64(ulong seed)
{
    private ulong _state = seed;

    /// <summary>A generator for a numbered sub-stream, independent of the order streams are used in.</summary>
    public static SplitMix64 ForStream(ulong seed, ulong stream)
    {
        var mixer = new SplitMix64(seed ^ (0x9E3779B97F4A7C15UL * (stream + 1)));
        return new SplitMix64(mixer.NextUInt64());
    }

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public double Uniform(double min, double max) => min + (max - min) * NextDouble();

    /// <summary>Uniform integer in [min, max] inclusive.</summary>
    public int NextInt(int min, int max) => min + (int)(NextUInt64() % (ulong)(max - min + 1));

    public bool Chance(double probability) => NextDouble() < probability;

    /// <summary>Standard normal by Box-Muller.</summary>
    public double Gaussian()
    {
        var u = 1.0 - NextDouble();
        return Math.Sqrt(-2 * Math.Log(u)) * Math.Cos(2 * Math.PI * NextDouble());
    }

    public void Shuffle<T>(T[] items)
    {
        for (var i = items.Length - 1; i > 0; i--)
        {
            var j = NextInt(0, i);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
