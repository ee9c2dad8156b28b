using NewsEntities.Lexicons;
using NewsEntities.Pipeline;

namespace NewsEntities.Recognition;

/// <summary>
/// Finds the proper-name mentions of people, organizations and places: fills <see cref="Document.Mentions"/>.
/// </summary>
/// <remarks>
/// Three steps, so that a statistical tagger can replace the first: a <see cref="IMentionSource"/> proposes typed
/// candidates (the capitalization and gazetteer rules by default; a model source marks its candidates
/// <see cref="CandidateEvidence.Model"/>), <see cref="CandidateCorrections"/> fixes spans and labels of weakly
/// supported candidates, then <see cref="DocumentConsistencyRules"/> resolves what only the whole document can
/// tell. All are linear in the number of tokens.
/// </remarks>
internal sealed class EntityRecognitionStage : IDocumentStage
{
    private readonly Lexicon lexicon;
    private readonly IMentionSource source;
    private readonly CandidateCorrections corrections;
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
        : this(lexicon, source, new CandidateCorrections(lexicon))
    {
    }

    public EntityRecognitionStage(Lexicon lexicon, IMentionSource source, CandidateCorrections corrections)
    {
        this.lexicon = lexicon;
        this.source = source;
        this.corrections = corrections;
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
        corrections.Apply(document, candidates);
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
