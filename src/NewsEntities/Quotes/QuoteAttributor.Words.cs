using NewsEntities.Tokenization;

namespace NewsEntities.Quotes;

/// <summary>Token predicates and the small word tables the attribution reads.</summary>
internal sealed partial class QuoteAttributor
{
    private bool IsRelative(int t) => document.TokenText(t) is "who" or "whose" or "which" or "that";

    private bool IsAdverbOrAuxiliary(int t)
    {
        if (tokens[t].Kind != TokenKind.Word)
        {
            return false;
        }

        var word = document.TokenText(t);
        return (word.Length > 3 && word.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(word[0]))
            || AdverbsAndAuxiliaries.TryGetValue(word, out _);
    }

    private bool IsComma(int t) => t < tokens.Count && tokens[t].Length == 1 && document.Text[tokens[t].Start] == ',';

    /// <summary>A comma ends the words before <paramref name="t"/>, outside a closing mark or, in American style, inside it
    /// ("on MSNBC's "Morning Joe," calling it").</summary>
    private bool IsCommaBefore(int t) =>
        t > 0 && (IsComma(t - 1) || (t > 1 && IsClosingMark(t - 1) && IsComma(t - 2)));

    private bool IsDash(int t) => tokens[t].Kind == TokenKind.Punctuation && Tokenizer.IsDash(document.TokenText(t));

    /// <summary>The opening mark of a closed quote of a few words and no sentence end: a name or phrase in quotes.</summary>
    private bool IsPhraseQuoteOpen(int t)
    {
        var quote = quotes[quoteOf[t]];
        if (t != quote.OpenToken || !quote.Closed || quote.CloseToken - quote.OpenToken - 1 > PhraseQuoteTokens)
        {
            return false;
        }

        for (int k = quote.OpenToken + 1; k < quote.CloseToken; k++)
        {
            if (IsTerminal(k))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a subordinator or a relative pronoun stands in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    private bool OpensClauseBetween(int from, int to)
    {
        for (int t = from; t < to; t++)
        {
            if (Subordinators.TryGetValue(document.TokenText(t), out _) || IsRelative(t)
                || document.TokenText(t) is "before" or "until" or "whereas")
            {
                return true;
            }
        }

        return false;
    }

    private bool IsTerminal(int t) => tokens[t].Kind == TokenKind.Punctuation && document.TokenText(t)[0] is '.' or '!' or '?' or '\u2026';

    private bool IsOpeningMark(int t) =>
        t >= 0 && tokens[t].Length == 1 && QuoteMarks.Shape(document.Text[tokens[t].Start], out var facing) != QuoteShape.None && facing != QuoteFacing.Closing;

    private bool IsClosingMark(int t) =>
        tokens[t].Length == 1 && QuoteMarks.Shape(document.Text[tokens[t].Start], out var facing) != QuoteShape.None && facing != QuoteFacing.Opening;

    private static bool IsObjectPronoun(ReadOnlySpan<char> word) =>
        word.Equals("him", StringComparison.Ordinal) || word.Equals("her", StringComparison.Ordinal)
        || word.Equals("them", StringComparison.Ordinal) || word.Equals("it", StringComparison.Ordinal)
        || word.Equals("me", StringComparison.Ordinal) || word.Equals("us", StringComparison.Ordinal);

    /// <summary>"go" in a form that runs on into speech ("went on", "went on to say").</summary>
    private static bool IsFormOfGo(ReadOnlySpan<char> word) => word is "went" or "goes" or "go" or "going";

    private static bool IsDeterminer(ReadOnlySpan<char> word) => Determiners.TryGetValue(word, out _);

    private static bool IsParticle(ReadOnlySpan<char> word) =>
        word.Equals("for", StringComparison.Ordinal) || word.Equals("on", StringComparison.Ordinal)
        || word.Equals("upon", StringComparison.Ordinal) || word.Equals("out", StringComparison.Ordinal)
        || word.Equals("to", StringComparison.Ordinal) || word.Equals("back", StringComparison.Ordinal);

    /// <summary>Words that open a description of a source; true for those that may stand alone ("another said").</summary>
    private static readonly SpanWordTable<bool> DescriptionDeterminers = new(
        new[] { "the", "a", "an", "his", "her", "its", "their", "this", "that", "these", "those" }
            .Select(w => new KeyValuePair<string, bool>(w, false))
            .Concat(new[] { "one", "another", "some", "many", "several", "others" }.Select(w => new KeyValuePair<string, bool>(w, true))));

    private static readonly SpanWordTable<bool> Determiners = Words(
        "the", "a", "an", "his", "her", "its", "their", "our", "your", "my", "this", "that", "these", "those", "no", "any", "every", "each");

    /// <summary>Articles and possessives after which a verb's form is an adjective or a noun ("a written statement").</summary>
    private static readonly SpanWordTable<bool> AdjectiveMakers = Words("a", "an", "the", "his", "its", "their", "our", "your", "my");

    private static readonly SpanWordTable<bool> AdverbsAndAuxiliaries = Words(
        "also", "has", "have", "had", "is", "was", "were", "will", "would", "could", "should", "may", "might", "did", "does",
        "do", "then", "later", "earlier", "now", "again", "once", "further", "first", "just", "already", "not", "never",
        "still", "yesterday", "today", "tomorrow", "too", "even", "however", "both", "often", "since", "previously");

    private static readonly SpanWordTable<bool> Prepositions = Words(
        "with", "to", "for", "of", "from", "at", "in", "on", "about", "against", "among", "between", "toward", "towards",
        "into", "onto", "over", "under", "without", "behind", "beside", "besides", "like", "unlike", "than", "via", "during",
        "despite", "amid", "throughout", "within", "across");

    private static readonly SpanWordTable<bool> PassiveAuxiliaries = Words("was", "were", "been", "being", "is", "are", "be");

    /// <summary>Words that tie a participle to the main clause, whose subject it shares ("before insisting").</summary>
    private static readonly SpanWordTable<bool> ParticipleLinks = Words("before", "after", "while", "by", "without", "when", "since", "upon");

    // Adverbs of degree or time that modify a subordinator opening a sentence ("Ever since", "Shortly after").
    private static readonly SpanWordTable<bool> SubordinatorModifiers = Words(
        "ever", "even", "just", "only", "shortly", "soon", "right", "long", "moments", "minutes", "hours", "days", "weeks", "months", "years");

    /// <summary>Words that open a subordinate clause, whose subject follows them ("As one employee told ...").</summary>
    private static readonly SpanWordTable<bool> Subordinators = Words("as", "when", "after", "while", "because", "though", "although", "since", "if");

    /// <summary>Lower-case words that rank a title before a name ("ranking Democrat", "former governor").</summary>
    private static readonly SpanWordTable<bool> TitleRanks = Words("ranking", "senior", "former", "top", "longtime", "acting", "retired", "then");

    /// <summary>Heads of descriptions that name nobody in particular ("the woman", "the voter"), unlike roles ("the senator").</summary>
    private static readonly SpanWordTable<bool> AnonymousHeads = Words(
        "man", "woman", "person", "boy", "girl", "kid", "child", "resident", "voter", "protester", "witness", "caller", "reader");

    /// <summary>
    /// Heads of descriptions news gives the person a story is about, in place of the name (<see cref="ResolveTopic"/>),
    /// true for offices ("the former president", "the Texas senator"), false for standings that go with any office
    /// ("the candidate", "the billionaire businessman", "the Wisconsin Republican"); not the anonymous heads nor the
    /// staff who speak for somebody ("the official", "the aide", "the spokesman").
    /// </summary>
    private static readonly SpanWordTable<bool> TopicHeads = Heads(
        offices: ["president", "senator", "governor", "mayor", "congressman", "congresswoman", "lawmaker", "legislator", "representative",
            "leader", "premier", "chancellor", "minister", "secretary", "chairman", "chairwoman", "king", "queen", "prince", "princess",
            "governor-elect", "senator-elect"],
        standings: ["candidate", "nominee", "frontrunner", "front-runner", "challenger", "incumbent", "businessman", "businesswoman",
            "ceo", "founder", "statesman", "comedian", "actor", "actress", "singer", "republican", "democrat"]);

    private static readonly SpanWordTable<bool> Coordinators = Words("and", "but", "or", "yet", "then");

    /// <summary>Relative pronouns: a noun after one is the subject of its clause, never an object ("who emailed supporters").</summary>
    private static readonly SpanWordTable<bool> Relatives = Words("who", "which", "that", "whom", "whose");

    private static SpanWordTable<bool> Heads(string[] offices, string[] standings) =>
        new(offices.Select(w => new KeyValuePair<string, bool>(w, true)).Concat(standings.Select(w => new KeyValuePair<string, bool>(w, false))));

    private static SpanWordTable<bool> Words(params string[] words) =>
        new(words.Select(w => new KeyValuePair<string, bool>(w, true)));
}
