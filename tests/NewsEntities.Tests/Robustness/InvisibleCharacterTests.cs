using NewsEntities.Pipeline;
using NewsEntities.Tests.Acceptance;
using NewsEntities.Tokenization;

namespace NewsEntities.Tests.Robustness;

/// <summary>
/// Text copied from web pages and word processors carries characters nobody sees: soft hyphens inside long words,
/// zero-width spaces, direction marks, byte-order marks. An article reads the same with them as without them, and
/// every offset still points at the caller's own characters, the invisible ones inside a span included.
/// </summary>
public sealed class InvisibleCharacterTests
{
    private const string Article =
        "WASHINGTON (AP) — Secretary of State Antony Blinken met President Mahmoud Abbas in Ramallah on Tuesday.\n\n"
        + "\"We believe,\" Blinken said, \"that a ceasefire matters.\"\n\n"
        + "\"Nothing has changed,\" said Nabil Abu Rudeineh, a spokesman for Abbas. He added that talks would go on.\n";

    public static TheoryData<string> Marks => new() { "\u00AD", "\u200B", "\u200C", "\u200D", "\u200E", "\u2060", "\uFEFF" };

    [Theory]
    [MemberData(nameof(Marks))]
    public void Entities_and_quotes_do_not_depend_on_invisible_characters_inside_words(string mark)
    {
        var extractor = NewsExtractor.CreateDefault();
        foreach (string text in SeedGold.Load().Documents.Select(d => d.Text).Append(Article))
        {
            // Inside every word of five letters or more, the way a hyphenating editor puts soft hyphens.
            AnalysisInvariants.AssertReadsAlike(extractor, text, InsideLongWords(text, mark));
        }
    }

    [Fact]
    public void A_span_keeps_the_invisible_characters_inside_it_and_leaves_out_those_beside_it()
    {
        const string Text = "\uFEFF\"It is over,\u200B\" said Doug \u00ADAn\u00ADdres\u200E, a spokesman for House Speaker Paul Ryan.";
        var analysis = NewsExtractor.CreateDefault().Analyze(Text);

        var andres = Assert.Single(analysis.Entities, e => e.Name == "Doug Andres");
        var mention = Assert.Single(andres.Mentions);
        Assert.Equal("Doug \u00ADAn\u00ADdres", mention.Text);
        Assert.Equal(Text.IndexOf("Doug", StringComparison.Ordinal), mention.Start);
        Assert.Equal(["Doug Andres"], andres.Aliases);

        var quote = Assert.Single(analysis.Quotes);
        Assert.Equal("It is over,", quote.Text);
        Assert.Equal(2, quote.Start);
        Assert.Same(andres, quote.Speaker);
        AnalysisInvariants.AssertHold(Text, analysis);
    }

    [Fact]
    public void A_name_with_a_soft_hyphen_is_the_same_entity_across_a_corpus()
    {
        var results = NewsExtractor.CreateDefault().AnalyzeCorpus(
        [
            "Secretary of State Antony Blin\u00ADken arrived in Ramallah on Tuesday.",
            "Antony Blinken said the talks would go on.",
        ]);

        string first = Assert.Single(results[0].Entities, e => e.Type == EntityType.Person).Id;
        Assert.Equal(first, Assert.Single(results[1].Entities, e => e.Type == EntityType.Person).Id);
        AnalysisInvariants.AssertHold("Secretary of State Antony Blin\u00ADken arrived in Ramallah on Tuesday.", results[0]);
    }

    [Fact]
    public void Stripping_records_where_each_removed_character_stood()
    {
        var removedAt = new List<int>();
        const string Plain = "Nothing to remove.";

        Assert.Same(Plain, SourceText.Normalize(Plain, removedAt, [], []));
        Assert.Empty(removedAt);
        Assert.Equal("Obama", SourceText.Normalize("\uFEFFOb\u00AD\u200Bama\u200E", removedAt, [], []));
        Assert.Equal([0, 2, 2, 5], removedAt);
    }

    [Theory]
    [InlineData(0, 5, 1, 8)] // "Obama" keeps the marks inside it and leaves out the mark before and the one after
    [InlineData(2, 5, 5, 8)] // "ama" starts after the two marks before its first letter
    [InlineData(0, 2, 1, 3)] // "Ob" ends before the marks that follow it
    [InlineData(2, 2, 5, 5)] // an empty span stays empty
    [InlineData(5, 5, 9, 9)]
    public void A_span_of_the_analysed_text_maps_back_to_the_callers(int start, int end, int sourceStart, int sourceEnd)
    {
        var document = new Document("\uFEFFOb\u00AD\u200Bama\u200E");

        Assert.True(document.DiffersFromSource);
        Assert.Equal("Obama", document.Text);
        Assert.Equal((sourceStart, sourceEnd), document.SourceSpan(start, end));
    }

    private static string InsideLongWords(string text, string mark) =>
        System.Text.RegularExpressions.Regex.Replace(text, @"\p{L}{5,}", m => m.Value[..2] + mark + m.Value[2..]);
}
