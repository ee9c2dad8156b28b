using NewsEntities.Lexicons;
using NewsEntities.Pipeline;
using NewsEntities.Tokenization;

namespace NewsEntities.Recognition;

/// <summary>
/// Corrections that look at the whole document: a word the first pass left unresolved takes the type the
/// document gives it elsewhere ("Blinken" after "Antony Blinken", "Al-Ahmad" after "Azzam al-Ahmad"); a town
/// that is also the surname of a person named in the document is that person, unless a locative preposition
/// says otherwise ("Washington said" against "flew to Washington").
/// </summary>
internal sealed class DocumentConsistencyRules
{
    private readonly Lexicon lexicon;

    public DocumentConsistencyRules(Lexicon lexicon)
    {
        this.lexicon = lexicon;
    }

    /// <summary>Rewrites <paramref name="candidates"/> in place: resolved, relabeled or removed.</summary>
    public void Apply(Document document, List<MentionCandidate> candidates)
    {
        var typed = new Dictionary<string, EntityLabel>(StringComparer.OrdinalIgnoreCase);
        var personTails = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var c in candidates)
        {
            if (c.Evidence == CandidateEvidence.Unresolved || c.Label == EntityLabel.Misc)
            {
                continue;
            }

            if (c.Evidence != CandidateEvidence.Shape || c.Label != EntityLabel.Location)
            {
                typed.TryAdd(Key(document, c.Tokens.Start, c.Tokens.End), c.Label);
            }

            if (c.Label == EntityLabel.Person && c.Tokens.Length >= 2)
            {
                for (int k = c.Tokens.Start + 1; k < c.Tokens.End; k++)
                {
                    var word = document.TokenText(k);
                    if (!TokenShape.IsInitial(word) && !(k == c.Tokens.End - 1 && lexicon.Particles.Contains(word)))
                    {
                        personTails.Add(Key(document, k, c.Tokens.End));
                    }
                }
            }
        }

        int write = 0;
        for (int read = 0; read < candidates.Count; read++)
        {
            var c = candidates[read];
            string key = c.Evidence is CandidateEvidence.Unresolved or CandidateEvidence.Shape ? Key(document, c.Tokens.Start, c.Tokens.End) : string.Empty;
            if (c.Evidence == CandidateEvidence.Unresolved)
            {
                if (personTails.Contains(key))
                {
                    c = c with { Label = EntityLabel.Person, Evidence = CandidateEvidence.Context };
                }
                else if (typed.TryGetValue(key, out var label))
                {
                    c = c with { Label = label, Evidence = CandidateEvidence.Context };
                }
                else if (BeforeSpeechVerb(document, c.Tokens.End) && c.Tokens.Length == 1 && !TokenShape.IsAllCaps(document.TokenText(c.Tokens.Start)))
                {
                    c = c with { Label = EntityLabel.Person, Evidence = CandidateEvidence.Context };
                }
                else
                {
                    continue;
                }
            }
            else if (c.Label == EntityLabel.Location && c.Evidence == CandidateEvidence.Shape
                && (personTails.Contains(key) || BeforeSpeechVerb(document, c.Tokens.End)) && !AfterLocative(document, c.Tokens.Start))
            {
                c = c with { Label = EntityLabel.Person, Evidence = CandidateEvidence.Context };
            }

            candidates[write++] = c;
        }

        candidates.RemoveRange(write, candidates.Count - write);
    }

    // "Clinton said", "Mansour told": only people speak.
    private static bool BeforeSpeechVerb(Document document, int index)
    {
        if (index >= document.Tokens.Count || document.Tokens[index].Kind != TokenKind.Word)
        {
            return false;
        }

        var word = document.TokenText(index);
        return word.SequenceEqual("said") || word.SequenceEqual("says") || word.SequenceEqual("told") || word.SequenceEqual("added")
            || word.SequenceEqual("stressed") || word.SequenceEqual("urged") || word.SequenceEqual("warned") || word.SequenceEqual("insisted")
            || word.SequenceEqual("argued") || word.SequenceEqual("noted") || word.SequenceEqual("wrote") || word.SequenceEqual("asked")
            || word.SequenceEqual("replied") || word.SequenceEqual("recalled") || word.SequenceEqual("admitted") || word.SequenceEqual("explained");
    }

    private static bool AfterLocative(Document document, int index)
    {
        if (index == 0 || document.Tokens[index - 1].Kind != TokenKind.Word)
        {
            return false;
        }

        var word = document.TokenText(index - 1);
        return word.SequenceEqual("in") || word.SequenceEqual("to") || word.SequenceEqual("from") || word.SequenceEqual("at")
            || word.SequenceEqual("near") || word.SequenceEqual("into") || word.SequenceEqual("toward") || word.SequenceEqual("towards")
            || word.SequenceEqual("across") || word.SequenceEqual("outside") || word.SequenceEqual("visited");
    }

    // Names compare without case and without the difference between "Al-Arabiya" and "Al Arabiya".
    internal static string Key(Document document, int start, int end)
    {
        var builder = new System.Text.StringBuilder();
        for (int k = start; k < end; k++)
        {
            if (k > start)
            {
                builder.Append(' ');
            }

            foreach (char ch in document.TokenText(k))
            {
                builder.Append(ch == '-' ? ' ' : char.ToLowerInvariant(ch));
            }
        }

        return builder.ToString();
    }
}
