using NewsEntities.Quotes;
using NewsEntities.Recognition;
using NewsEntities.Resolution;
using NewsEntities.Tokenization;

namespace NewsEntities.Pipeline;

/// <summary>
/// The working state of one analysis: the caller's text, never copied or altered, and the layers the stages add
/// over it. Every layer locates things by offsets into <see cref="Text"/>, so results always point back at the
/// caller's own characters.
/// </summary>
internal sealed class Document
{
    public Document(string text)
    {
        Text = text;
    }

    /// <summary>The text under analysis, exactly as the caller gave it.</summary>
    public string Text { get; }

    /// <summary>Tokens in text order (tokenization stage).</summary>
    public List<Token> Tokens { get; } = [];

    /// <summary>Sentences as token ranges, in order, covering every token (segmentation stage).</summary>
    public List<TokenRange> Sentences { get; } = [];

    /// <summary>Paragraphs as token ranges, in order, covering every token (segmentation stage).</summary>
    public List<TokenRange> Paragraphs { get; } = [];

    /// <summary>Named-entity mentions in text order, never overlapping (recognition stage).</summary>
    public List<NamedMention> Mentions { get; } = [];

    /// <summary>Entities: clusters of mentions that name the same thing (resolution stage).</summary>
    public List<EntityCluster> Clusters { get; } = [];

    /// <summary>For each item of <see cref="Mentions"/>, the index of its cluster in <see cref="Clusters"/>, or -1.</summary>
    public List<int> MentionCluster { get; } = [];

    /// <summary>Direct quotes with their attribution (quote stages).</summary>
    public List<QuoteCandidate> Quotes { get; } = [];

    public ReadOnlySpan<char> TokenText(int tokenIndex) => Tokens[tokenIndex].Span(Text);

    public int StartOf(TokenRange range) => Tokens[range.Start].Start;

    public int EndOf(TokenRange range) => Tokens[range.End - 1].End;

    public string Slice(int start, int end) => Text.Substring(start, end - start);
}
