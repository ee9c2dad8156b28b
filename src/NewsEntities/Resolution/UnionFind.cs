using System.Buffers;

namespace NewsEntities.Resolution;

/// <summary>
/// Disjoint sets over 0..n-1 with path halving; the smaller index is always the root, so roots keep text order.
/// Optionally each element carries a tag (a registered entity, or -1): sets with two different tags never join,
/// so no rule can merge two entities the caller registered as distinct.
/// </summary>
/// <remarks>
/// Two ways to hold the arrays: an instance made for one use rents its parent array (dispose it to give it back);
/// an instance kept by an <see cref="AliasWorkspace"/> owns its arrays and is <see cref="Reset"/> for each document,
/// so a reused document makes none.
/// </remarks>
internal sealed class UnionFind : IDisposable
{
    private readonly bool rented;
    private int[] parent;
    private int[]? tags;
    private int[] ownedTags = [];

    public UnionFind(int count)
        : this(count, null)
    {
    }

    /// <summary>Sets whose roots carry the given tags; <paramref name="tags"/> is owned (and updated) by the instance.</summary>
    public UnionFind(int count, int[]? tags)
    {
        this.tags = tags;
        rented = true;
        parent = ArrayPool<int>.Shared.Rent(count);
        for (int i = 0; i < count; i++)
        {
            parent[i] = i;
        }
    }

    /// <summary>An instance with owned, growable arrays, for <see cref="Reset"/>.</summary>
    public UnionFind()
    {
        parent = [];
    }

    /// <summary>The length of the owned arrays, for the workspace's bound on what it keeps.</summary>
    public int Capacity => Math.Max(parent.Length, ownedTags.Length);

    /// <summary>
    /// Singletons over 0..<paramref name="count"/>-1, untagged, or tagged -1 each when <paramref name="tagged"/>
    /// (fill them in through <see cref="Tags"/>). Only for an instance made by the parameterless constructor.
    /// </summary>
    public void Reset(int count, bool tagged)
    {
        if (parent.Length < count)
        {
            parent = new int[Math.Max(count, parent.Length * 2)];
        }

        for (int i = 0; i < count; i++)
        {
            parent[i] = i;
        }

        if (tagged)
        {
            if (ownedTags.Length < parent.Length)
            {
                ownedTags = new int[parent.Length];
            }

            tags = ownedTags;
            Array.Fill(tags, -1, 0, count);
        }
        else
        {
            tags = null;
        }
    }

    /// <summary>The tag of each element, writable until the first <see cref="Union"/>; empty when untagged.</summary>
    public Span<int> Tags => tags;

    public void Dispose()
    {
        if (rented)
        {
            ArrayPool<int>.Shared.Return(parent);
        }
    }

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
