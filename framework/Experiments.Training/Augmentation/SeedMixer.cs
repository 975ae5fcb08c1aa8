namespace Experiments.Training.Augmentation;

/// <summary>Derives independent, reproducible seeds from a run's seed and a position in it.</summary>
internal static class SeedMixer
{
    public static int Mix(int seed, int epoch, int caseIndex, int variant)
    {
        var state = (ulong)(uint)seed;
        foreach (var part in new[] { epoch, caseIndex, variant })
        {
            state = SplitMix(state ^ (ulong)(uint)part * 0x9E3779B97F4A7C15UL);
        }

        return (int)(state >> 33);
    }

    /// <summary>The SplitMix64 finaliser: nearby inputs give unrelated outputs.</summary>
    private static ulong SplitMix(ulong value)
    {
        value += 0x9E3779B97F4A7C15UL;
        value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9UL;
        value = (value ^ (value >> 27)) * 0x94D049BB133111EBUL;
        return value ^ (value >> 31);
    }
}
