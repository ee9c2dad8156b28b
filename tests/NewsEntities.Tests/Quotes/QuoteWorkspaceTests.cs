using NewsEntities.Pipeline;
using NewsEntities.Quotes;
using NewsEntities.Tests.Acceptance;

namespace NewsEntities.Tests.Quotes;

/// <summary>
/// The quote stages keep their storage, and the quote objects themselves, in the document's
/// <see cref="QuoteWorkspace"/> (issue 6): a reused document must give every quote field exactly as a fresh one
/// does, whatever quotes the documents before it had (more, fewer, withdrawn, multi-paragraph).
/// </summary>
public sealed class QuoteWorkspaceTests
{
    private static readonly List<string> Seeds = SeedGold.Load().Documents.Select(d => d.Text).ToList();

    [Fact]
    public void Quotes_of_a_reused_document_are_those_of_a_fresh_one()
    {
        // Long before short and short before long; one text with a multi-paragraph quote and a scare quote, one
        // with no quote at all.
        const string Mixed = "Blinken said: \"We will go on.\n\n\"We will not stop,\" he added.\n\n"
            + "Abbas called it a \"farce\" and left.";
        var texts = Seeds.Concat(Seeds.AsEnumerable().Reverse()).Append(Mixed).Append("No quotes here.").Append(Mixed).ToList();
        var pool = new DocumentPool(1);

        foreach (string text in texts)
        {
            var document = pool.Rent(text);
            string reused = Fingerprint(Run(document));
            pool.Return(document);

            Assert.Equal(Fingerprint(Run(new Document(text))), reused);
        }
    }

    [Fact]
    public void A_reused_quote_object_starts_as_a_new_one()
    {
        var document = new Document("x");
        var workspace = document.QuoteWorkspace;
        var used = workspace.NewQuote(3, 9);
        used.ContentStart = 4;
        used.SpeakerCluster = used.SpeakerStart = used.SpeakerEnd = used.CueStart = used.CueEnd = 1;
        used.IsSpeech = false;
        used.OpenToken = used.CloseToken = used.Previous = 2;
        used.Closed = true;

        document.Reset("y");
        var again = workspace.NewQuote(5, 8);

        Assert.Same(used, again);
        Assert.Equal("5 8 6 8 -1 -1 -1 -1 -1 True -1 -1 False -1", Fields(again));
        Assert.Equal(Fields(new QuoteCandidate(5, 8)), Fields(again));
    }

    [Fact]
    public void A_document_with_too_many_quotes_is_not_kept()
    {
        var pool = new DocumentPool(1);
        var document = pool.Rent("x");
        for (int i = 0; i <= QuoteWorkspace.MaxRetainedQuotes; i++)
        {
            document.QuoteWorkspace.NewQuote(0, 1);
        }

        pool.Return(document);

        Assert.NotSame(document, pool.Rent("x"));
    }

    private static Document Run(Document document)
    {
        AnalysisPipeline.Default.Run(document, withQuotes: true, CancellationToken.None);

        return document;
    }

    private static string Fingerprint(Document document) =>
        string.Join("\n", document.Quotes.Select(Fields))
        + "\n" + string.Join("\n", document.Clusters.Select(c => string.Join(";", c.References)));

    private static string Fields(QuoteCandidate q) =>
        $"{q.OpenMark} {q.CloseMark} {q.ContentStart} {q.ContentEnd} {q.SpeakerCluster} {q.SpeakerStart} {q.SpeakerEnd} "
        + $"{q.CueStart} {q.CueEnd} {q.IsSpeech} {q.OpenToken} {q.CloseToken} {q.Closed} {q.Previous}";
}
