using NewsEntities.Lexicons;
using NewsEntities.Pipeline;
using NewsEntities.Tokenization;

namespace NewsEntities.Recognition;

/// <summary>
/// Span and label corrections for candidates from a source that is not the gazetteer rules themselves (a
/// statistical model): titles and honorifics come off the front of a person ("President Mahmoud Abbas" →
/// "Mahmoud Abbas", as some training corpora include them); a nationality word alone is Misc; a name that a
/// gazetteer knows as an organization or a country gets that type. Candidates with lexicon evidence are left
/// alone. Each rule can be measured and kept or dropped on its own.
/// </summary>
internal sealed class CandidateCorrections
{
    private readonly Lexicon lexicon;

    public CandidateCorrections(Lexicon lexicon)
    {
        this.lexicon = lexicon;
    }

    /// <summary>Whether titles are stripped from the front of person candidates.</summary>
    public bool StripTitles { get; init; } = true;

    /// <summary>Whether single nationality words are relabeled Misc.</summary>
    public bool NationalitiesAreMisc { get; init; } = true;

    /// <summary>Whether single words the gazetteers know as organizations or countries take that type.</summary>
    public bool GazetteerTypes { get; init; } = true;

    /// <summary>Rewrites <paramref name="candidates"/> in place.</summary>
    public void Apply(Document document, List<MentionCandidate> candidates)
    {
        int write = 0;
        for (int read = 0; read < candidates.Count; read++)
        {
            var c = candidates[read];
            if (c.Evidence is CandidateEvidence.Model or CandidateEvidence.Shape)
            {
                c = Correct(document, c);
            }

            if (c.Tokens.Length > 0)
            {
                candidates[write++] = c;
            }
        }

        candidates.RemoveRange(write, candidates.Count - write);
    }

    private MentionCandidate Correct(Document document, MentionCandidate c)
    {
        int start = c.Tokens.Start;
        int end = c.Tokens.End;
        if (StripTitles && c.Label == EntityLabel.Person)
        {
            while (start < end - 1 && IsTitle(document, start))
            {
                start++;
            }
        }

        var range = new TokenRange(start, end);
        if (range.Length == 1)
        {
            var word = document.TokenText(start);
            if (NationalitiesAreMisc && lexicon.Demonyms.Contains(word))
            {
                return new MentionCandidate(range, EntityLabel.Misc, c.Evidence);
            }

            if (GazetteerTypes && lexicon.Organizations.Contains(word))
            {
                return new MentionCandidate(range, EntityLabel.Organization, c.Evidence);
            }

            if (GazetteerTypes && lexicon.Places.TryGetValue(word, out var kind) && kind == PlaceKind.Country && c.Label != EntityLabel.Location)
            {
                return new MentionCandidate(range, EntityLabel.Location, c.Evidence);
            }
        }

        return c with { Tokens = range };
    }

    private bool IsTitle(Document document, int index)
    {
        if (document.Tokens[index].Kind != TokenKind.Word)
        {
            return document.TokenText(index).SequenceEqual(",");
        }

        var word = document.TokenText(index);
        return lexicon.TitleWords.Contains(word) || lexicon.Honorifics.ContainsKey(word) || lexicon.Demonyms.Contains(word)
            || word.SequenceEqual("of") || (word.Equals("State", StringComparison.Ordinal) && index > 0 && document.TokenText(index - 1).SequenceEqual("of"));
    }
}
