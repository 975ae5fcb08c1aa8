namespace Experiments.Preprocessing.Tests;

/// <summary>
/// A 64-bit linear congruential generator (Knuth's MMIX constants): integer arithmetic only, so
/// the expected values computed from the same sequence elsewhere match bit for bit.
/// </summary>
internal sealed class Lcg(ulong seed)
{
    private ulong _state = seed;

    /// <summary>Uniform in [0, 1) with 53 random bits.</summary>
    public double Next()
    {
        _state = unchecked(_state * 6364136223846793005UL + 1442695040888963407UL);
        return (_state >> 11) * (1.0 / (1UL << 53));
    }

    /// <summary>A bell-shaped value: centre + width * (sum of four uniforms - 2).</summary>
    public double Bell(double centre, double width) => centre + width * (Next() + Next() + Next() + Next() - 2.0);
}
