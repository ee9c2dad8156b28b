using System.Buffers;

namespace NewsEntities.Resolution;

/// <summary>
/// Disjoint sets over 0..n-1 with path halving; the smaller index is always the root, so roots keep text order.
/// Optionally each element carries a tag (a registered entity, or -1): sets with two different tags never join,
/// so no rule can merge two entities the caller registered as distinct.
/// </summary>
/// <remarks>
/// The parent array is rented (one is made per document): dispose the instance to give it back.
/// </remarks>
internal sealed class UnionFind : IDisposable
{
    private readonly int[] parent;
    private readonly int[]? tags;

    public UnionFind(int count)
        : this(count, null)
    {
    }

    /// <summary>Sets whose roots carry the given tags; <paramref name="tags"/> is owned (and updated) by the instance.</summary>
    public UnionFind(int count, int[]? tags)
    {
        this.tags = tags;
        parent = ArrayPool<int>.Shared.Rent(count);
        for (int i = 0; i < count; i++)
        {
            parent[i] = i;
        }
    }

    public void Dispose() => ArrayPool<int>.Shared.Return(parent);

    /// <summary>The tag of the set holding <paramref name="x"/>, or -1.</summary>
    public int TagOf(int x) => tags is null ? -1 : tags[Find(x)];

    public int Find(int x)
    {
        while (parent[x] != x)
        {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }

        return x;
    }

    public void Union(int a, int b)
    {
        int ra = Find(a);
        int rb = Find(b);
        if (ra == rb)
        {
            return;
        }

        if (tags is not null)
        {
            int ta = tags[ra];
            int tb = tags[rb];
            if (ta >= 0 && tb >= 0 && ta != tb)
            {
                return;
            }

            tags[ra] = tags[rb] = Math.Max(ta, tb);
        }

        if (ra < rb)
        {
            parent[rb] = ra;
        }
        else
        {
            parent[ra] = rb;
        }
    }
}
