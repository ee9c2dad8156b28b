using System.Diagnostics;
using System.Text;

namespace NewsEntities.Tests.Quotes;

/// <summary>Quote-mark pairing, each construction on a small example of its own.</summary>
public sealed class QuoteDetectionTests
{
    private static List<string> Texts(string text)
    {
        var document = SeedQuoteDetectionTests.Detect(text);
        return document.Quotes.Select(q => document.Slice(q.ContentStart, q.ContentEnd)).ToList();
    }

    [Fact]
    public void Typographic_double_quotes_pair()
    {
        Assert.Equal(["We will stay."], Texts("She said: \u201CWe will stay.\u201D Then she left."));
    }

    [Fact]
    public void Straight_double_quotes_pair_and_content_excludes_the_marks_and_spaces()
    {
        Assert.Equal(["calm is needed", "now"], Texts("He said \" calm is needed \" and \"now\"."));
    }

    [Theory]
    [InlineData("Don't worry, Abbas' aides said the 1990s were years of rock 'n' roll.")]
    [InlineData("O'Brien said it's the ’90s all over again, didn’t he?")]
    [InlineData("Troops of the IDF (צה\"ל) entered the camp.")]
    [InlineData("The last line is empty: \"\"")]
    [InlineData("Israel, Palestinians Reaffirm Need to Work Together,\u201D FDD Flash Brief\n\nWhy the region is in chaos,\u201D by John Smith and Joe Brown\n")]
    public void Apostrophes_inner_marks_empty_and_unbalanced_marks_give_no_quote(string text)
    {
        Assert.Empty(Texts(text));
    }

    [Fact]
    public void Single_quotes_in_a_headline_pair()
    {
        Assert.Equal(["security team"], Texts("US sets up 'security team' to liaise between the sides"));
    }

    [Fact]
    public void A_nested_quote_stays_inside_its_outer_quote()
    {
        Assert.Equal(["He told me 'leave now,' and I left,"], Texts("\"He told me 'leave now,' and I left,\" she said."));
    }

    [Fact]
    public void A_multi_paragraph_quote_gives_one_part_per_paragraph_linked_in_order()
    {
        var document = SeedQuoteDetectionTests.Detect("\u201CThe first part of the statement.\n\n\u201CThe second part,\u201D he said.\n");
        Assert.Equal(2, document.Quotes.Count);
        Assert.Equal("The first part of the statement.", document.Slice(document.Quotes[0].ContentStart, document.Quotes[0].ContentEnd));
        Assert.Equal(-1, document.Quotes[0].Previous);
        Assert.Equal(0, document.Quotes[1].Previous);
    }

    [Fact]
    public void A_run_of_paragraphs_that_never_closes_gives_nothing()
    {
        Assert.Empty(Texts("\"One.\n\n\"Two.\n\n\"Three.\n\nThe end."));
    }

    [Fact]
    public void Two_apostrophes_are_one_double_mark_with_single_quotes_inside()
    {
        Assert.Equal(["This is less a 'refugee crisis' and more an occupation,", "It is."],
            Texts("''This is less a 'refugee crisis' and more an occupation,'' she said. ''It is.''"));
    }

    [Fact]
    public void Three_apostrophes_after_a_word_close_a_single_quote_then_the_double_one()
    {
        Assert.Equal(["We are told, 'Kosovo is a special case,'", "It is not."],
            Texts("''We are told, 'Kosovo is a special case,''' Mr. Putin said. ''It is not.''"));
    }

    [Fact]
    public void A_multi_paragraph_quote_in_apostrophe_marks_gives_one_part_per_paragraph()
    {
        Assert.Equal(["The first part.", "The second part,"], Texts("''The first part.\n\n''The second part,'' he said.\n"));
    }

    [Fact]
    public void Guillemets_and_primes_pair()
    {
        Assert.Equal(["Bonjour", "hello"], Texts("He said \u00ABBonjour\u00BB and \u2033hello\u2033 twice."));
    }

    [Fact]
    public void Low_opening_marks_close_with_the_high_mark()
    {
        Assert.Equal(["Wir schaffen das", "ja"], Texts("Sie sagte \u201EWir schaffen das\u201C und \u201Aja\u2018."));
    }

    [Fact]
    public void Garbage_of_many_marks_is_handled_in_linear_time()
    {
        string marks = new('"', 100_000);
        string mixed = string.Concat(Enumerable.Repeat("\u201C'\u2019 \u201D\"\u2018x ", 20_000));
        var watch = Stopwatch.StartNew();
        Assert.Empty(Texts(marks));
        Texts(mixed);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Fact]
    public void A_quote_that_never_closes_in_a_large_document_gives_nothing_quickly()
    {
        var text = new StringBuilder("He said \"this never ends ");
        while (text.Length < 5_000_000)
        {
            text.Append("and the words go on and on without any end in sight ");
        }

        var watch = Stopwatch.StartNew();
        Assert.Empty(Texts(text.ToString()));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }
}
