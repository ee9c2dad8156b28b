namespace NewsEntities.Pipeline;

/// <summary>
/// Working documents kept between analyses, so that the steady state of an extractor allocates no tokens,
/// sentences, mentions or recognizer tables: those were about half of an analysis's allocation (PolNeAR train,
/// 46 KB of 101 KB per article). One pool per <see cref="NewsExtractor"/>; no global state.
/// </summary>
/// <remarks>
/// Thread-safe without locks: each slot holds one idle document, taken with an atomic exchange and put back with
/// an atomic compare-exchange, so threads never wait for each other. A document is only ever in one thread's hands
/// between <see cref="Rent"/> and <see cref="Return"/>. With all slots busy a thread simply gets a new document,
/// and a returned document that finds no free slot, or has grown past <see cref="Document.MaxRetainedTokens"/>, is
/// left to the garbage collector: the pool never holds more than its slot count, nor any huge buffer.
/// </remarks>
internal sealed class DocumentPool
{
    private readonly Document?[] slots;

    public DocumentPool()
        : this(Math.Max(2, Environment.ProcessorCount))
    {
    }

    public DocumentPool(int size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        slots = new Document?[size];
    }

    /// <summary>An empty document over <paramref name="text"/>, idle storage reused when there is some.</summary>
    public Document Rent(string text)
    {
        for (int i = 0; i < slots.Length; i++)
        {
            var document = Interlocked.Exchange(ref slots[i], null);
            if (document is not null)
            {
                document.Reset(text);
                return document;
            }
        }

        return new Document(text);
    }

    /// <summary>
    /// Takes back a document once nothing refers to its layers any more (the result is built, or the analysis
    /// failed: a half-filled document is as good as any once emptied).
    /// </summary>
    public void Return(Document document)
    {
        // Emptied now rather than at the next rent, so an idle document does not keep the caller's text alive.
        document.Reset(string.Empty);
        if (!document.IsReusable)
        {
            return;
        }

        for (int i = 0; i < slots.Length; i++)
        {
            if (Interlocked.CompareExchange(ref slots[i], document, null) is null)
            {
                return;
            }
        }
    }
}
