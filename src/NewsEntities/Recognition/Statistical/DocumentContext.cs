using NewsEntities.Pipeline;
using NewsEntities.Tokenization;

namespace NewsEntities.Recognition.Statistical;

/// <summary>
/// What the rest of a document says about a word (Ratinov &amp; Roth's non-local features): whether it appears
/// capitalised where capitals are informative (mid-sentence, outside all-caps headlines) or in lower case, and
/// which labels the recognizer gave it in earlier sentences. One instance serves one document at a time; not shared.
/// </summary>
internal sealed class DocumentContext
{
    // News has about 0.4 distinct words per token in an article: sized up front for half the tokens, the table
    // does not grow (growing from empty allocated twice the final table, 16% of the pipeline's allocation). The cap
    // keeps a huge document from reserving for words it will not have; past it the table grows as usual.
    private const int MaxPresize = 1 << 14;

    // A reused context (one per pooled document) keeps its table's storage from document to document; past this many
    // entries it is not kept, so one huge document does not pin a huge table.
    private const int MaxRetainedWords = 1 << 15;
    private const int MaxRetainedSentences = 1 << 15;

    private readonly Dictionary<ulong, WordStats> words = [];
    private SentenceCase[] casings = [];

    /// <summary>An empty context, to be filled by <see cref="Collect"/>.</summary>
    public DocumentContext()
    {
    }

    /// <summary>Collects the casing statistics of every token of the document.</summary>
    public DocumentContext(string text, ReadOnlySpan<Token> tokens, IReadOnlyList<TokenRange> sentences, CancellationToken cancellationToken)
    {
        Collect(text, tokens, sentences, cancellationToken);
    }

    /// <summary>Whether the table is small enough to keep for another document.</summary>
    public bool IsReusable => words.EnsureCapacity(0) <= MaxRetainedWords && casings.Length <= MaxRetainedSentences;

    /// <summary>
    /// Forgets any previous document and collects the casing statistics of every token of this one; the storage of
    /// the previous one is reused.
    /// </summary>
    public void Collect(string text, ReadOnlySpan<Token> tokens, IReadOnlyList<TokenRange> sentences, CancellationToken cancellationToken)
    {
        words.Clear();
        words.EnsureCapacity(Math.Min(tokens.Length / 2, MaxPresize));
        if (casings.Length < sentences.Count)
        {
            casings = new SentenceCase[Math.Max(sentences.Count, casings.Length * 2)];
        }

        for (int s = 0; s < sentences.Count; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sentence = sentences[s];
            var span = tokens[sentence.Start..sentence.End];
            casings[s] = SentenceCasing.Classify(text, span);
            if (casings[s] != SentenceCase.Normal)
            {
                continue;
            }

            for (int i = 0; i < span.Length; i++)
            {
                var chars = span[i].Span(text);
                if (chars.Length == 0 || !char.IsLetter(chars[0]))
                {
                    continue;
                }

                ref var stats = ref GetOrAdd(FeatureHash.OfLower(chars));
                if (char.IsLower(chars[0]))
                {
                    stats.Lowercase++;
                }
                else if (i > 0 && !IsAfterOpening(text, span[i - 1]))
                {
                    stats.CapitalizedMidSentence++;
                }
            }
        }
    }

    /// <summary>How sentence number <paramref name="sentence"/> is cased (computed once here for both uses).</summary>
    public SentenceCase CasingOf(int sentence) => casings[sentence];

    /// <summary>Casing statistics and label history of the word with lower-cased hash <paramref name="lowerHash"/>.</summary>
    public WordStats Get(ulong lowerHash) => words.TryGetValue(lowerHash, out var stats) ? stats : default;

    /// <summary>Records the labels given to one decoded sentence, for the sentences after it.</summary>
    public void Record(ReadOnlySpan<ulong> lowerHashes, ReadOnlySpan<WordShape.Flags> flags, ReadOnlySpan<int> tags)
    {
        for (int i = 0; i < tags.Length; i++)
        {
            if ((flags[i] & WordShape.Flags.HasLetter) == 0)
            {
                continue;
            }

            ref var stats = ref GetOrAdd(lowerHashes[i]);
            int tag = tags[i];
            if (tag == NerTags.Outside)
            {
                stats.OutsideHistory++;
            }
            else
            {
                stats.AddLabel(NerTags.LabelOf(tag));
            }
        }
    }

    private ref WordStats GetOrAdd(ulong key) =>
        ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(words, key, out _);

    // A capital after an opening quote or bracket is sentence-initial in all but name.
    private static bool IsAfterOpening(string text, Token previous)
    {
        if (previous.Length != 1)
        {
            return false;
        }

        char c = text[previous.Start];
        return c is '"' or '(' or '[' or '\'' or '\u201C' or '\u2018' or ':' or '-';
    }

    /// <summary>Counts for one word of the document.</summary>
    internal struct WordStats
    {
        public int Lowercase;
        public int CapitalizedMidSentence;
        public int OutsideHistory;
        public int PersonHistory;
        public int OrganizationHistory;
        public int LocationHistory;
        public int MiscHistory;

        public readonly int LabelHistory(EntityLabel label) => label switch
        {
            EntityLabel.Person => PersonHistory,
            EntityLabel.Organization => OrganizationHistory,
            EntityLabel.Location => LocationHistory,
            _ => MiscHistory,
        };

        public void AddLabel(EntityLabel label)
        {
            switch (label)
            {
                case EntityLabel.Person: PersonHistory++; break;
                case EntityLabel.Organization: OrganizationHistory++; break;
                case EntityLabel.Location: LocationHistory++; break;
                default: MiscHistory++; break;
            }
        }
    }
}
