using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Experiments.Plugins.Preprocessing.SkullStripping;

/// <summary>
/// Vectorised element-wise operations that make and combine binary slices (bool stored as one
/// byte, 0 or 1).
/// </summary>
internal static class BinarySlice
{
    /// <summary>result = values at or above the threshold.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void AtLeast(ReadOnlySpan<float> values, float threshold, Span<bool> result)
    {
        var bytes = MemoryMarshal.AsBytes(result);
        var limit = new Vector<float>(threshold);
        var n = 0;
        for (; n <= values.Length - Vector<byte>.Count; n += Vector<byte>.Count)
        {
            var step = Vector<float>.Count;
            Narrow(AtLeast(values, n, limit), AtLeast(values, n + step, limit), AtLeast(values, n + 2 * step, limit),
                AtLeast(values, n + 3 * step, limit)).CopyTo(bytes[n..]);
        }

        for (; n < values.Length; n++)
        {
            result[n] = values[n] >= threshold;
        }
    }

    /// <summary>result = where and the value lies in the interval.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void InsideWhere(ReadOnlySpan<float> values, FloatInterval interval, ReadOnlySpan<bool> where,
        Span<bool> result)
    {
        var bytes = MemoryMarshal.AsBytes(result);
        var whereBytes = MemoryMarshal.AsBytes(where);
        var low = new Vector<float>(interval.Low);
        var high = new Vector<float>(interval.High);
        var n = 0;
        for (; n <= values.Length - Vector<byte>.Count; n += Vector<byte>.Count)
        {
            var step = Vector<float>.Count;
            var inside = Narrow(Inside(values, n, low, high), Inside(values, n + step, low, high),
                Inside(values, n + 2 * step, low, high), Inside(values, n + 3 * step, low, high));
            (inside & new Vector<byte>(whereBytes[n..])).CopyTo(bytes[n..]);
        }

        for (; n < values.Length; n++)
        {
            result[n] = where[n] && interval.Contains(values[n]);
        }
    }

    /// <summary>target = target and not other.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void AndNot(Span<bool> target, ReadOnlySpan<bool> other)
    {
        var t = MemoryMarshal.AsBytes(target);
        var o = MemoryMarshal.AsBytes(other);
        var n = 0;
        for (; n <= t.Length - Vector<byte>.Count; n += Vector<byte>.Count)
        {
            Vector.AndNot(new Vector<byte>(t[n..]), new Vector<byte>(o[n..])).CopyTo(t[n..]);
        }

        for (; n < t.Length; n++)
        {
            t[n] &= (byte)(o[n] ^ 1);
        }
    }

    /// <summary>target = target and other.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void And(Span<bool> target, ReadOnlySpan<bool> other)
    {
        var t = MemoryMarshal.AsBytes(target);
        var o = MemoryMarshal.AsBytes(other);
        var n = 0;
        for (; n <= t.Length - Vector<byte>.Count; n += Vector<byte>.Count)
        {
            (new Vector<byte>(t[n..]) & new Vector<byte>(o[n..])).CopyTo(t[n..]);
        }

        for (; n < t.Length; n++)
        {
            t[n] &= o[n];
        }
    }

    /// <summary>Writes the slice as 0/1 floats; returns how many are set.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int ToFloats(ReadOnlySpan<bool> source, Span<float> target)
    {
        var bytes = MemoryMarshal.AsBytes(source);
        var n = 0;
        for (; n <= bytes.Length - Vector<byte>.Count; n += Vector<byte>.Count)
        {
            Vector.Widen(new Vector<byte>(bytes[n..]), out var low, out var high);
            WidenToFloats(low, target[n..]);
            WidenToFloats(high, target[(n + Vector<ushort>.Count)..]);
        }

        for (; n < bytes.Length; n++)
        {
            target[n] = bytes[n];
        }

        return bytes.Count((byte)1);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void WidenToFloats(Vector<ushort> values, Span<float> target)
    {
        Vector.Widen(values, out var first, out var second);
        Vector.ConvertToSingle(first).CopyTo(target);
        Vector.ConvertToSingle(second).CopyTo(target[Vector<uint>.Count..]);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Vector<int> AtLeast(ReadOnlySpan<float> values, int at, Vector<float> limit) =>
        Vector.GreaterThanOrEqual(new Vector<float>(values[at..]), limit);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Vector<int> Inside(ReadOnlySpan<float> values, int at, Vector<float> low, Vector<float> high)
    {
        var v = new Vector<float>(values[at..]);
        return Vector.GreaterThanOrEqual(v, low) & Vector.LessThanOrEqual(v, high);
    }

    // Four float comparisons (lanes -1 or 0) narrowed into one vector of 0/1 bytes.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Vector<byte> Narrow(Vector<int> a, Vector<int> b, Vector<int> c, Vector<int> d) =>
        Vector.AsVectorByte(Vector.Narrow(Vector.Narrow(a, b), Vector.Narrow(c, d))) & Vector<byte>.One;
}
