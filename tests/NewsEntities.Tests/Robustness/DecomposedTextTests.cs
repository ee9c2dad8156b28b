using NewsEntities.Pipeline;
using NewsEntities.Tokenization;

namespace NewsEntities.Tests.Robustness;

/// <summary>
/// Text in Unicode's decomposed form (NFD, as macOS and some editors write it: "e" and a combining U+0301 for "é")
/// reads as the composed text most sources write: the same names, one entity across a corpus, and offsets that point
/// at the caller's characters, accents included.
/// </summary>
public sealed class DecomposedTextTests
{
    private const string Composed =
        "Mayor Jos\u00E9 Antonio Sierra of Bogot\u00E1 met Nguy\u1EC5n V\u0103n Th\u1EA3o in Hanoi on Monday. "
        + "\u201CWe are ready,\u201D Sierra said.";

    // The same text decomposed by hand (the test host runs without ICU, whose normalizer would do it): é, á, ễ (e,
    // circumflex, tilde), ă and ả.
    private const string Decomposed =
        "Mayor Jose\u0301 Antonio Sierra of Bogota\u0301 met Nguye\u0302\u0303n Va\u0306n Tha\u0309o in Hanoi on Monday. "
        + "\u201CWe are ready,\u201D Sierra said.";

    [Fact]
    public void A_decomposed_text_reads_as_the_composed_one()
    {
        AnalysisInvariants.AssertReadsAlike(NewsExtractor.CreateDefault(), Composed, Decomposed);
    }

    [Fact]
    public void Both_forms_of_a_name_are_one_entity_across_a_corpus()
    {
        var analyses = NewsExtractor.CreateDefault().AnalyzeCorpus([Composed, Decomposed]);

        string Sierra(DocumentAnalysis a) => Assert.Single(a.Entities, e => e.Name.EndsWith("Sierra", StringComparison.Ordinal)).Id;
        Assert.Equal(Sierra(analyses[0]), Sierra(analyses[1]));
        Assert.Equal("Jos\u00E9 Antonio Sierra", Assert.Single(analyses[1].Entities, e => e.Id == Sierra(analyses[1])).Name);
    }

    [Fact]
    public void An_accent_maps_back_with_its_letter()
    {
        var document = new Document("Jose\u0301 said \u0301x");

        Assert.Equal("Jos\u00E9 said \u0301x", document.Text); // an accent after a space has no letter to join
        Assert.Equal((0, 5), document.SourceSpan(0, 4));
        Assert.Equal((6, 10), document.SourceSpan(5, 9));
    }

    [Theory]
    [InlineData('e', '\u0301', '\u00E9')]
    [InlineData('\u00EA', '\u0303', '\u1EC5')]
    [InlineData('A', '\u030A', '\u00C5')]
    public void A_letter_and_accent_compose(char letter, char accent, char composed)
    {
        Assert.True(LatinComposition.TryCompose(letter, accent, out char read));
        Assert.Equal(composed, read);
    }

    [Theory]
    [InlineData('q', '\u0301')] // Unicode has no q with acute
    [InlineData(' ', '\u0301')]
    public void A_pair_with_no_composed_letter_stays(char letter, char accent)
    {
        Assert.False(LatinComposition.TryCompose(letter, accent, out _));
    }
}
