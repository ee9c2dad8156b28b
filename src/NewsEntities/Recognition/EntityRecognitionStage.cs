using NewsEntities.Lexicons;
using NewsEntities.Pipeline;

namespace NewsEntities.Recognition;

/// <summary>
/// Finds the proper-name mentions of people, organizations and places: fills <see cref="Document.Mentions"/>.
/// </summary>
/// <remarks>
/// Two steps, so that a statistical tagger can replace the first: a <see cref="IMentionSource"/> proposes typed
/// candidates (the capitalization and gazetteer rules by default), then <see cref="DocumentConsistencyRules"/>
/// resolves what only the whole document can tell. Both are linear in the number of tokens.
/// </remarks>
internal sealed class EntityRecognitionStage : IDocumentStage
{
    private readonly Lexicon lexicon;
    private readonly IMentionSource source;
    private readonly DocumentConsistencyRules rules;

    public EntityRecognitionStage()
        : this(Lexicon.Default)
    {
    }

    public EntityRecognitionStage(Lexicon lexicon)
        : this(lexicon, new CapitalizedRunSource(lexicon))
    {
    }

    public EntityRecognitionStage(Lexicon lexicon, IMentionSource source)
    {
        this.lexicon = lexicon;
        this.source = source;
        rules = new DocumentConsistencyRules(lexicon);
    }

    public void Process(Document document, CancellationToken cancellationToken)
    {
        if (document.Tokens.Count == 0)
        {
            return;
        }

        var layout = LineLayout.Build(document, lexicon);
        var candidates = new List<MentionCandidate>();
        source.Propose(document, layout, candidates);
        cancellationToken.ThrowIfCancellationRequested();
        rules.Apply(document, candidates);

        int lastEnd = 0;
        foreach (var c in candidates)
        {
            // Sources promise order and no overlap; the check keeps a faulty one from breaking later stages.
            if (c.Tokens.Start >= lastEnd && c.Tokens.Length > 0)
            {
                document.Mentions.Add(new NamedMention(c.Tokens, c.Label));
                lastEnd = c.Tokens.End;
            }
        }
    }
}
