namespace NewsEntities;

/// <summary>A direct quotation and, when it can be told, who said it.</summary>
/// <remarks>
/// A quote the extractor returns makes its <see cref="Text"/> on first read, cut from the string that was analysed
/// (most callers read a quote's offsets and speaker, and a text that is never read is never copied). Such a quote
/// therefore keeps the analysed string alive for as long as the quote is reachable. Reading <see cref="Text"/>
/// from several threads at once is safe and gives equal strings. Quotes are compared by value, whether or not their
/// text has been read: two quotes are equal when their texts, offsets, speakers (by reference) and spans are.
/// </remarks>
/// <param name="Text">The quoted words, without the quotation marks, exactly as they stand in the input.</param>
/// <param name="Start">The index of the first quoted character, in UTF-16 code units.</param>
/// <param name="End">The index just past the last quoted character (exclusive).</param>
/// <param name="Speaker">
/// The named entity that said the words, or <see langword="null"/> when the speaker is not a named entity
/// ("a Palestinian politician") or can't be told.
/// </param>
/// <param name="SpeakerMention">
/// The words the attribution points at ("he", "Blinken", "a Palestinian politician"), or <see langword="null"/>.
/// </param>
/// <param name="Cue">The words that signal the speech ("said", "told", "according to"), or <see langword="null"/>.</param>
public sealed record Quote(string Text, int Start, int End, Entity? Speaker, TextSpan? SpeakerMention, TextSpan? Cue)
{
    // The analysed string while Text has not been cut from it (a quote made by the extractor); null otherwise.
    private readonly string? source;

    // Text once known: given to the public constructor, or cut from source on first read.
    private string? text = Text;

    private int start = Start;

    private int end = End;

    // The offsets come first so that this constructor cannot be mistaken for the public one, whose string is the text.
    private Quote(int start, int end, string source, Entity? speaker, TextSpan? speakerMention, TextSpan? cue)
        : this(null!, start, end, speaker, speakerMention, cue)
    {
        this.source = source;
    }

    /// <summary>A quote of the extractor's: its text is <paramref name="source"/>[<paramref name="start"/>..<paramref name="end"/>], cut on first read.</summary>
    internal static Quote FromSource(string source, int start, int end, Entity? speaker, TextSpan? speakerMention, TextSpan? cue) =>
        new(start, end, source, speaker, speakerMention, cue);

    /// <summary>The quoted words, without the quotation marks, exactly as they stand in the input.</summary>
    public string Text
    {
        get => text ?? Cut();
        init
        {
            text = value;
            source = null;
        }
    }

    /// <summary>The index of the first quoted character, in UTF-16 code units.</summary>
    public int Start
    {
        get => start;
        init
        {
            // A copy made with new offsets keeps the text the quote had, as it would had the text been read.
            Keep();
            start = value;
        }
    }

    /// <summary>The index just past the last quoted character (exclusive).</summary>
    public int End
    {
        get => end;
        init
        {
            Keep();
            end = value;
        }
    }

    /// <summary>The characters of <see cref="Text"/>, without making the string when it has not been made yet.</summary>
    internal ReadOnlySpan<char> TextChars => text is not null ? text.AsSpan() : source is not null ? source.AsSpan(start, end - start) : default;

    // Null only when the caller gave a null text to the public constructor.
    private bool HasText => text is not null || source is not null;

    /// <inheritdoc />
    public bool Equals(Quote? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && start == other.start
            && end == other.end
            && HasText == other.HasText
            && TextChars.SequenceEqual(other.TextChars)
            && ReferenceEquals(Speaker, other.Speaker)
            && SpeakerMention == other.SpeakerMention
            && Cue == other.Cue);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(string.GetHashCode(TextChars, StringComparison.Ordinal), start, end, Speaker, SpeakerMention, Cue);

    // Two threads may both cut the text: each gets an equal string, and either may stay cached.
    private string Cut()
    {
        string? cut = source?.Substring(start, end - start);
        text = cut;
        return cut!;
    }

    private void Keep()
    {
        if (text is null && source is not null)
        {
            text = source.Substring(start, end - start);
        }
    }
}
