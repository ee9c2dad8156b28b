using NewsEntities.Pipeline;
using NewsEntities.Segmentation;
using NewsEntities.Tokenization;

namespace NewsEntities.Tests.Segmentation;

public sealed class SentenceSplitterTests
{
    private static (string[] Sentences, string[] Paragraphs) Split(string text)
    {
        var document = new Document(text);
        new TokenizationStage().Process(document, default);
        new SentenceSplitter().Process(document, default);
        string Slice(TokenRange r) => text[document.StartOf(r)..document.EndOf(r)];
        return (document.Sentences.Select(Slice).ToArray(), document.Paragraphs.Select(Slice).ToArray());
    }

    [Fact]
    public void Splits_at_terminal_punctuation_before_a_capital()
    {
        var (sentences, _) = Split("Blinken met Abbas. He left on Tuesday! Did he? Yes.");
        Assert.Equal(["Blinken met Abbas.", "He left on Tuesday!", "Did he?", "Yes."], sentences);
    }

    [Fact]
    public void Abbreviations_and_initials_do_not_end_sentences()
    {
        var (sentences, _) = Split("Dr. Khatib met Michael R. Fenzel in the U.S. capital. Then he left.");
        Assert.Equal(["Dr. Khatib met Michael R. Fenzel in the U.S. capital.", "Then he left."], sentences);
    }

    [Fact]
    public void A_closing_quote_after_the_full_stop_belongs_to_the_sentence()
    {
        var (sentences, _) = Split("He said, \u201Cit is over.\u201D Then he left. \"We won.\" She smiled.");
        Assert.Equal(["He said, \u201Cit is over.\u201D", "Then he left.", "\"We won.\"", "She smiled."], sentences);
    }

    [Fact]
    public void A_lower_case_word_after_a_period_does_not_start_a_sentence()
    {
        var (sentences, _) = Split("It cost 4.5 million vs. the plan... and more.");
        Assert.Single(sentences);
    }

    [Fact]
    public void Line_breaks_end_paragraphs_unless_the_text_is_hard_wrapped()
    {
        var (sentences, paragraphs) = Split("Headline Without Stop\nFirst paragraph goes\non here. Second sentence.\r\n\r\nSecond paragraph");
        Assert.Equal(["Headline Without Stop", "First paragraph goes\non here. Second sentence.", "Second paragraph"], paragraphs);
        Assert.Equal(["Headline Without Stop", "First paragraph goes\non here.", "Second sentence.", "Second paragraph"], sentences);
    }

    [Fact]
    public void An_article_kept_on_one_line_is_cut_into_paragraphs_after_its_headline_and_before_quotes_that_open_a_sentence()
    {
        // Some 1,800 characters of plain sentences and four quotes, as an archive that joined the paragraphs with
        // spaces keeps them.
        string filler = string.Concat(Enumerable.Range(1, 25).Select(i => $"The committee met again on day {i} of the long session in the capital. "));
        string text = "Vote set in the capital. " + filler + "Levy spoke first. \u201CWe are ready,\u201D he said. \u201CThe vote is today.\u201D "
            + "\u201CNobody will stop it,\u201D the chair said. The chair agreed. \u201CIt will pass.\u201D";

        var paragraphs = Split(text).Paragraphs;

        // Cut after the first sentence, the headline's place; before the first quote; not before the second, which
        // goes on after a quote closed mid-sentence; before the third, after a sentence that its closing mark ends;
        // and before the last.
        Assert.Equal(5, paragraphs.Length);
        Assert.Equal("Vote set in the capital.", paragraphs[0]);
        Assert.Equal("\u201CWe are ready,\u201D he said. \u201CThe vote is today.\u201D", paragraphs[2]);
        Assert.Equal("\u201CNobody will stop it,\u201D the chair said. The chair agreed.", paragraphs[3]);
        Assert.Equal("\u201CIt will pass.\u201D", paragraphs[4]);
    }

    [Fact]
    public void A_paragraph_of_many_short_sentences_is_not_taken_for_a_joined_article()
    {
        // Twelve questions cut by ellipses: many sentences, few characters.
        string text = "Reporters asked: " + string.Join(" . . . ", Enumerable.Range(1, 12).Select(i => $"\u201CIs it time {i}?\u201D"));

        Assert.Single(Split(text).Paragraphs);
    }

    [Fact]
    public void Sentences_and_paragraphs_cover_every_token_in_order()
    {
        const string text = "A b. C d\n\n\"E f.\" g h? I\rj k";
        var document = new Document(text);
        new TokenizationStage().Process(document, default);
        new SentenceSplitter().Process(document, default);
        foreach (var layer in new[] { document.Sentences, document.Paragraphs })
        {
            Assert.Equal(0, layer[0].Start);
            Assert.Equal(document.Tokens.Count, layer[^1].End);
            for (int i = 1; i < layer.Count; i++)
            {
                Assert.Equal(layer[i - 1].End, layer[i].Start);
            }
        }
    }

    [Fact]
    public void A_sentence_without_ends_is_cut_at_the_token_limit()
    {
        string text = string.Join(' ', Enumerable.Repeat("word", SentenceSplitter.MaxSentenceTokens * 3));
        var (sentences, _) = Split(text);
        Assert.Equal(3, sentences.Length);
    }

    [Fact]
    public void A_run_of_closing_marks_after_a_full_stop_takes_up_to_three()
    {
        var (sentences, _) = Split("He said 'it ended.'\" Then he left.");
        Assert.Equal(["He said 'it ended.'\"", "Then he left."], sentences);
    }

    [Fact]
    public void A_bare_abbreviation_period_before_a_comma_does_not_end_the_sentence()
    {
        var (sentences, _) = Split("Mitch McConnell, R-Ky., said. \"That is not true.\" A rally in San Bernardino, Calif., followed.");
        Assert.Equal(["Mitch McConnell, R-Ky., said.", "\"That is not true.\"", "A rally in San Bernardino, Calif., followed."], sentences);
    }

    [Fact]
    public void A_period_inside_a_dotted_state_does_not_end_the_sentence()
    {
        var (sentences, _) = Split("Sen. Lindsey Graham (R-S.C.) said it. Rep. Nita Lowey (D-N.Y.) Agreed.");
        Assert.Equal(["Sen. Lindsey Graham (R-S.C.) said it.", "Rep. Nita Lowey (D-N.Y.) Agreed."], sentences);
    }

    [Fact]
    public void Case_names_plural_titles_and_number_labels_do_not_end_sentences()
    {
        var (sentences, _) = Split("Roe v. Wade stands. Sens. Warren and Markey voted for the No. 2 bill. Then they left.");
        Assert.Equal(["Roe v. Wade stands.", "Sens. Warren and Markey voted for the No. 2 bill.", "Then they left."], sentences);
    }

    [Fact]
    public void A_state_abbreviation_before_a_capital_still_ends_a_sentence()
    {
        var (sentences, _) = Split("She is a student from Fresno, Calif. \"I think it helps,\" she said.");
        Assert.Equal(["She is a student from Fresno, Calif.", "\"I think it helps,\" she said."], sentences);
    }

    [Theory]
    [InlineData("She is a student from Raleigh, N.C. \"I think it helps,\" she said.", "She is a student from Raleigh, N.C.")]
    [InlineData("He lives in Raleigh, N.C. ''I think it helps,'' he said.", "He lives in Raleigh, N.C.")]
    [InlineData("The U.S. \"pivot\" to Asia began. It went on.", "The U.S. \"pivot\" to Asia began.")]
    [InlineData("The U.S. Senate voted. It went on.", "The U.S. Senate voted.")]
    public void A_dotted_abbreviation_ends_a_sentence_before_a_quote_that_opens_with_a_capital(string text, string first)
    {
        Assert.Equal(first, Split(text).Sentences[0]);
    }

    [Fact]
    public void An_attribution_tag_after_a_quote_stays_in_the_quote_s_sentence()
    {
        var (sentences, _) = Split("\"Why not?\" Sen. Ted Cruz asked. \"We won.\" Trump said, \"and we will.\" \"Go!\" They ran home.");
        Assert.Equal(["\"Why not?\" Sen. Ted Cruz asked.", "\"We won.\" Trump said, \"and we will.\"", "\"Go!\"", "They ran home."], sentences);
    }

    [Fact]
    public void An_attribution_tag_may_hold_an_appositive_but_a_new_clause_starts_a_sentence()
    {
        var (sentences, _) = Split("\"Perpetual motion!\" Rep. Glenn Thompson, R-Pa., said of the week. \"We are not terrorists.\" Mr. Zahed said: \"We flee.\"");
        Assert.Equal(["\"Perpetual motion!\" Rep. Glenn Thompson, R-Pa., said of the week.", "\"We are not terrorists.\"", "Mr. Zahed said: \"We flee.\""], sentences);
    }
}
