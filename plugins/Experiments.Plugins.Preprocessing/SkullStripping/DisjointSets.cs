using System.Runtime.CompilerServices;

namespace Experiments.Plugins.Preprocessing.SkullStripping;

/// <summary>
/// Union-find over the numbers 0 to count - 1. The representative of a set is its smallest
/// member, so sets can be visited in the order of their first member.
/// </summary>
internal sealed class DisjointSets
{
    private int[] _parent = [];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Reset(int count)
    {
        if (_parent.Length < count)
        {
            _parent = new int[Math.Max(count, 2 * _parent.Length)];
        }

        for (var n = 0; n < count; n++)
        {
            _parent[n] = n;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Find(int member)
    {
        while (_parent[member] != member)
        {
            _parent[member] = _parent[_parent[member]];
            member = _parent[member];
        }

        return member;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Union(int a, int b)
    {
        a = Find(a);
        b = Find(b);
        if (a < b)
        {
            _parent[b] = a;
        }
        else if (b < a)
        {
            _parent[a] = b;
        }
    }
}
