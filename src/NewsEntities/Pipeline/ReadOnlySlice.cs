using System.Collections;
using System.Diagnostics;

namespace NewsEntities.Pipeline;

/// <summary>
/// A read-only list over a run of an array. The lists of one result share an array (all the document's mentions,
/// all its aliases), each list one small object, where an array and a <see cref="System.Collections.ObjectModel.ReadOnlyCollection{T}"/>
/// per list were two.
/// </summary>
/// <remarks>
/// Callers see an <see cref="IReadOnlyList{T}"/>. It is an <see cref="IList{T}"/> too, as
/// <see cref="System.Collections.ObjectModel.ReadOnlyCollection{T}"/> is, so that LINQ and collection constructors
/// take their fast paths; like it, that view is read-only and throws <see cref="NotSupportedException"/> on any
/// change. The array is never handed out, so a caller cannot change a result through a list. Immutable, hence
/// safe to share between threads.
/// </remarks>
[DebuggerDisplay("Count = {Count}")]
internal sealed class ReadOnlySlice<T> : IList<T>, IReadOnlyList<T>
{
    private readonly T[] items;
    private readonly int start;

    /// <summary>A list of the items of <paramref name="items"/> from <paramref name="start"/>, <paramref name="count"/> of them.</summary>
    public ReadOnlySlice(T[] items, int start, int count)
    {
        ArgumentNullException.ThrowIfNull(items);
        if ((uint)start > (uint)items.Length || (uint)count > (uint)(items.Length - start))
        {
            throw new ArgumentOutOfRangeException(nameof(count), "The run lies outside the array.");
        }

        this.items = items;
        this.start = start;
        Count = count;
    }

    /// <summary>A list of all of <paramref name="items"/>.</summary>
    public ReadOnlySlice(T[] items)
        : this(items, 0, items.Length)
    {
    }

    /// <summary>The empty list, shared.</summary>
    public static ReadOnlySlice<T> Empty { get; } = new([], 0, 0);

    public int Count { get; }

    /// <summary>The items as a span, for the library's own searches over them.</summary>
    internal ReadOnlySpan<T> AsSpan() => items.AsSpan(start, Count);

    bool ICollection<T>.IsReadOnly => true;

    public T this[int index] => (uint)index < (uint)Count
        ? items[start + index]
        : throw new ArgumentOutOfRangeException(nameof(index), index, "The index is outside the list.");

    T IList<T>.this[int index]
    {
        get => this[index];
        set => throw ReadOnly();
    }

    /// <summary>A list of <paramref name="count"/> items of <paramref name="items"/> from <paramref name="start"/>, or <see cref="Empty"/>.</summary>
    public static ReadOnlySlice<T> Of(T[] items, int start, int count) => count == 0 ? Empty : new ReadOnlySlice<T>(items, start, count);

    public int IndexOf(T item)
    {
        int at = Array.IndexOf(items, item, start, Count);
        return at < 0 ? -1 : at - start;
    }

    public bool Contains(T item) => IndexOf(item) >= 0;

    public void CopyTo(T[] array, int arrayIndex) => Array.Copy(items, start, array, arrayIndex, Count);

    public IEnumerator<T> GetEnumerator() => Count == 0 ? ((IEnumerable<T>)Array.Empty<T>()).GetEnumerator() : new Enumerator(this);

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    void IList<T>.Insert(int index, T item) => throw ReadOnly();

    void IList<T>.RemoveAt(int index) => throw ReadOnly();

    void ICollection<T>.Add(T item) => throw ReadOnly();

    void ICollection<T>.Clear() => throw ReadOnly();

    bool ICollection<T>.Remove(T item) => throw ReadOnly();

    private static NotSupportedException ReadOnly() => new("The list is read-only.");

    private sealed class Enumerator(ReadOnlySlice<T> slice) : IEnumerator<T>
    {
        private int index = -1;

        public T Current => index >= 0 && index < slice.Count ? slice.items[slice.start + index] : default!;

        object? IEnumerator.Current => Current;

        public bool MoveNext()
        {
            if (index < slice.Count)
            {
                index++;
            }

            return index < slice.Count;
        }

        public void Reset() => index = -1;

        public void Dispose()
        {
        }
    }
}
