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

    [Theory]
    [InlineData("\u201CIt's unusual,\u201C said Noble. \u201CIt's hard to do.\u201D", "It's unusual,|It's hard to do.")]
    [InlineData("He blasted the film \u201CFrozen\u201C and left.", "Frozen")]
    [InlineData("Fans wrote: \u201DSorry Sarah, you should have said it.\u201D", "Sorry Sarah, you should have said it.")]
    [InlineData("\u202A\u201DSorry Sarah.\u201D posted Geyer.", "Sorry Sarah.")]
    public void A_curly_mark_typed_the_wrong_way_round_faces_the_way_its_neighbours_show(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Texts(text));
    }

    [Theory]
    [InlineData("\u2018The residents\u2019 choice is clear,\u2019 she said.", "The residents\u2019 choice is clear,")]
    [InlineData("'ISIS' best recruiter is Trump,' she said.", "ISIS' best recruiter is Trump,")]
    [InlineData("\u2018We love our neighbours\u2019 said Jones.", "We love our neighbours")]
    [InlineData("\u2018We love our neighbours\u2019 she said. \u2018Really,\u2019 he added.", "We love our neighbours|Really,")]
    public void In_a_single_mark_quote_a_plural_possessive_is_an_apostrophe_when_the_quote_closes_later(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Texts(text));
    }

    [Theory]
    [InlineData("'It's pure rock 'n' roll,' Mick Jagger said.", "It's pure rock 'n' roll,")]
    [InlineData("\u2018It\u2019s pure rock \u2018n\u2019 roll,\u2019 Mick Jagger said.", "It\u2019s pure rock \u2018n\u2019 roll,")]
    public void In_a_single_mark_quote_the_marks_of_rock_n_roll_are_apostrophes(string text, string expected)
    {
        Assert.Equal([expected], Texts(text));
    }

    [Theory]
    [InlineData("'We've been waitin' for this,' Arteta said.", "We've been waitin' for this,")]
    [InlineData("\u2018Nothin\u2019 about it was easy,\u2019 he said.", "Nothin\u2019 about it was easy,")]
    [InlineData("He called it 'a big win' for the club.", "a big win")]
    [InlineData("'It was a win' said Arteta. 'Really,' he added.", "It was a win|Really,")]
    public void In_a_single_mark_quote_a_dropped_g_is_an_apostrophe_when_the_quote_closes_later(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Texts(text));
    }

    [Fact]
    public void A_closer_that_lacks_its_space_is_still_a_closer()
    {
        Assert.Equal(["I love it!", "It was cold."], Texts("He tweeted. \u201CI love it!\u201DThen he said: \u201CIt was cold.\u201D"));
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

    [Fact]
    public void Typographic_single_quotes_pair()
    {
        Assert.Equal(["We will win"], Texts("Clinton: \u2018We will win\u2019 in Iowa"));
    }

    [Fact]
    public void Single_primes_and_full_width_marks_pair()
    {
        Assert.Equal(["yes", "no"], Texts("He wrote \u2032yes\u2032 on one form and \uFF02no\uFF02 on the other."));
    }

    [Theory]
    [InlineData("Don't worry, they won't stay.")]
    [InlineData("Abbas' aides met the press, and Abbas\u2019 son spoke.")]
    [InlineData("It was the 1990s, the '90s and the \u201990s all at once.")]
    [InlineData("It was rock 'n' roll, then rock \u2019n\u2019 roll.")]
    public void An_apostrophe_is_never_a_quote_mark(string text)
    {
        Assert.Empty(Texts(text));
    }

    [Fact]
    public void A_mark_between_two_letters_of_a_non_Latin_word_leaves_the_pairing_alone()
    {
        Assert.Equal(["army", "no"], Texts("The \"army\" of \u05E6\u05D4\u201D\u05DC said \"no\" today."));
    }

    [Fact]
    public void A_double_quote_nested_in_a_single_quoted_headline_stays_inside_it()
    {
        Assert.Equal(["I said \u201Cnever\u201D and meant it"], Texts("Trump: \u2018I said \u201Cnever\u201D and meant it\u2019"));
    }

    [Fact]
    public void A_quote_over_three_paragraphs_links_each_part_to_the_one_before()
    {
        var document = SeedQuoteDetectionTests.Detect("\u201COne thing.\n\n\u201CAnother thing.\n\n\u201CA third,\u201D he said.\n");
        Assert.Equal(["One thing.", "Another thing.", "A third,"], document.Quotes.Select(q => document.Slice(q.ContentStart, q.ContentEnd)));
        Assert.Equal([-1, 0, 1], document.Quotes.Select(q => q.Previous));
        Assert.Equal([false, false, true], document.Quotes.Select(q => q.Closed));
    }

    [Fact]
    public void A_quote_cut_by_its_attribution_gives_its_two_parts()
    {
        Assert.Equal(["We believe,", "that it matters."], Texts("\"We believe,\" she said, \"that it matters.\""));
    }

    [Theory]
    [InlineData("Trump: \"We will build the wall\n\nThe candidate spoke on Monday in Iowa.\n")]
    [InlineData("Related:\n\u201CClinton wins Iowa\n\u201CThe wall, explained\nThe end.\n")]
    public void An_unbalanced_mark_in_a_headline_or_link_list_gives_no_quote(string text)
    {
        Assert.Empty(Texts(text));
    }

    [Fact]
    public void Markup_attribute_values_are_not_quotes()
    {
        Assert.Equal(["Make Mexico Great Again"],
            Texts("<tweet pic=\"\" author=\"@cspan\" datetime=\"2016-09-01\">Sessions wears a \"Make Mexico Great Again\" hat</tweet>."));
    }

    [Theory]
    [InlineData("And how \u2018bout this headline: \u201CSurge alters residents\u2019 routines.\u201D It is true.", "Surge alters residents\u2019 routines.")]
    [InlineData("She said 'Wait 'til they see it' and left.", "Wait 'til they see it")]
    [InlineData("\"It is bad,\" said Sophie in 't Veld, a Dutch liberal. \"It's a risk.\"", "It is bad,", "It's a risk.")]
    [InlineData("He lives in 's-Hertogenbosch. \"It is quiet,\" he said.", "It is quiet,")]
    public void The_apostrophe_of_a_word_clipped_at_its_start_opens_no_quote(string text, params string[] quotes)
    {
        Assert.Equal(quotes, Texts(text));
    }
}
