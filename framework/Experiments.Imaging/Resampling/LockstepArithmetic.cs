using System.Numerics;
using System.Runtime.CompilerServices;

namespace Experiments.Imaging.Resampling;

/// <summary>
/// Element-wise arithmetic on equally long lines of doubles, vectorised. Each element gets the
/// same operations in the same order as a scalar loop would give it, so results are bit-identical.
/// Here and in the resampler's other loops, AggressiveOptimization has them compiled optimised on
/// first use: a volume is resampled a few times per case, too few calls for tiered compilation to
/// replace its unoptimised first code before the first cases are done.
/// </summary>
internal static class LockstepArithmetic
{
    /// <summary>target = target * factor.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Scale(Span<double> target, double factor)
    {
        var f = new Vector<double>(factor);
        var w = 0;
        for (; w <= target.Length - Vector<double>.Count; w += Vector<double>.Count)
        {
            (new Vector<double>(target[w..]) * f).CopyTo(target[w..]);
        }

        for (; w < target.Length; w++)
        {
            target[w] *= factor;
        }
    }

    /// <summary>target = target + factor * source.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void AddScaled(Span<double> target, ReadOnlySpan<double> source, double factor)
    {
        var f = new Vector<double>(factor);
        var w = 0;
        for (; w <= target.Length - Vector<double>.Count; w += Vector<double>.Count)
        {
            (new Vector<double>(target[w..]) + f * new Vector<double>(source[w..])).CopyTo(target[w..]);
        }

        for (; w < target.Length; w++)
        {
            target[w] += factor * source[w];
        }
    }

    /// <summary>target = factor * source (target's old values ignored).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void SetScaled(Span<double> target, ReadOnlySpan<double> source, double factor)
    {
        var f = new Vector<double>(factor);
        var w = 0;
        for (; w <= target.Length - Vector<double>.Count; w += Vector<double>.Count)
        {
            (f * new Vector<double>(source[w..])).CopyTo(target[w..]);
        }

        for (; w < target.Length; w++)
        {
            target[w] = factor * source[w];
        }
    }

    /// <summary>target = factor * (next - target).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void ScaledDifference(Span<double> target, ReadOnlySpan<double> next, double factor)
    {
        var f = new Vector<double>(factor);
        var w = 0;
        for (; w <= target.Length - Vector<double>.Count; w += Vector<double>.Count)
        {
            (f * (new Vector<double>(next[w..]) - new Vector<double>(target[w..]))).CopyTo(target[w..]);
        }

        for (; w < target.Length; w++)
        {
            target[w] = factor * (next[w] - target[w]);
        }
    }

    /// <summary>target = target + factor * (a + mirrorFactor * b).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void AddMirrorPair(
        Span<double> target, ReadOnlySpan<double> a, ReadOnlySpan<double> b, double factor, double mirrorFactor)
    {
        var f = new Vector<double>(factor);
        var m = new Vector<double>(mirrorFactor);
        var w = 0;
        for (; w <= target.Length - Vector<double>.Count; w += Vector<double>.Count)
        {
            var pair = new Vector<double>(a[w..]) + m * new Vector<double>(b[w..]);
            (new Vector<double>(target[w..]) + f * pair).CopyTo(target[w..]);
        }

        for (; w < target.Length; w++)
        {
            target[w] += factor * (a[w] + mirrorFactor * b[w]);
        }
    }
}
