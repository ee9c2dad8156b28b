using System.Runtime.InteropServices;
using NewsEntities.Recognition;

namespace NewsEntities.Quotes;

/// <summary>Tells whether an item of a list in text order lies wholly before the place being searched for.</summary>
/// <typeparam name="T">The items of the list.</typeparam>
internal interface ITextOrderProbe<T>
{
    bool IsBefore(in T item);
}

/// <summary>
/// Binary search over the lists the quote stages keep in text order (candidates, mentions, an entity's names and
/// references): one loop for all of them, with the test as a struct so that it is inlined rather than called.
/// </summary>
internal static class TextOrder
{
    /// <summary>
    /// The index of the first item that is not before the place <paramref name="probe"/> looks for, or the
    /// length when every item is; the items must be all those before it, then all the others.
    /// </summary>
    public static int FirstNotBefore<T, TProbe>(ReadOnlySpan<T> items, TProbe probe)
        where TProbe : struct, ITextOrderProbe<T>
    {
        int lo = 0;
        int hi = items.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (probe.IsBefore(in items[mid]))
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The index of the first mention that starts at or after <paramref name="token"/>, or the count.</summary>
    public static int FirstMentionFrom(List<NamedMention> mentions, int token) =>
        FirstNotBefore<NamedMention, MentionStartsBefore>(CollectionsMarshal.AsSpan(mentions), new(token));

    private readonly struct MentionStartsBefore(int token) : ITextOrderProbe<NamedMention>
    {
        public bool IsBefore(in NamedMention item) => item.Tokens.Start < token;
    }
}
