using NewsEntities.Tokenization;

namespace NewsEntities.Tests.Tokenization;

public sealed class TokenizerTests
{
    private static string[] Texts(string text) => Tokenizer.Tokenize(text).Select(t => text.Substring(t.Start, t.Length)).ToArray();

    [Theory]
    [InlineData("Blinken said.", new[] { "Blinken", "said", "." })]
    [InlineData("don't", new[] { "do", "n't" })]
    [InlineData("We'll go", new[] { "We", "'ll", "go" })]
    [InlineData("Israel's security", new[] { "Israel", "'s", "security" })]
    [InlineData("FDD\u2019s Israel", new[] { "FDD", "\u2019s", "Israel" })]
    [InlineData("Abbas' Palestinian", new[] { "Abbas", "'", "Palestinian" })]
    [InlineData("O'Brien left", new[] { "O'Brien", "left" })]
    [InlineData("de-escalation", new[] { "de-escalation" })]
    [InlineData("Al-Ahmad", new[] { "Al-Ahmad" })]
    [InlineData("the U.S. goal", new[] { "the", "U.S.", "goal" })]
    [InlineData("Dr. Khatib", new[] { "Dr.", "Khatib" })]
    [InlineData("Michael R. Fenzel", new[] { "Michael", "R.", "Fenzel" })]
    [InlineData("US$50 million", new[] { "US", "$", "50", "million" })]
    [InlineData("1,000.50 and 2023", new[] { "1,000.50", "and", "2023" })]
    [InlineData("stopped...we", new[] { "stopped", "...", "we" })]
    [InlineData("\"Q,\" he said", new[] { "\"", "Q", ",", "\"", "he", "said" })]
    [InlineData("\u201Cremains ironclad.\u201D", new[] { "\u201C", "remains", "ironclad", ".", "\u201D" })]
    [InlineData("13-year-old", new[] { "13-year-old" })]
    public void Splits_news_text_the_way_treebank_corpora_do(string text, string[] expected) =>
        Assert.Equal(expected, Texts(text));

    [Theory]
    [InlineData("Ryan's plan", 1, true)]
    [InlineData("Sanders' plan", 1, true)]
    [InlineData("Christie's been saying", 1, false)]
    [InlineData("Sanders ' plan", 1, false)]
    public void A_possessive_ending_is_an_apostrophe_s_or_a_bare_apostrophe_and_not_the_s_of_has(string text, int token, bool expected) =>
        Assert.Equal(expected, Tokenizer.IsPossessiveEnding(text, Tokenizer.Tokenize(text), token));

    [Fact]
    public void Tokens_are_offsets_into_the_input_and_skip_only_whitespace_and_invisible_characters()
    {
        const string text = "\uFEFFA\u200Db \r\n\t\u00A0c\u0301 😀👍🏽 \uD800 x";
        var tokens = Tokenizer.Tokenize(text);
        int previousEnd = 0;
        foreach (var token in tokens)
        {
            Assert.True(token.Start >= previousEnd && token.Length > 0 && token.End <= text.Length);
            for (int k = previousEnd; k < token.Start; k++)
            {
                Assert.True(Tokenizer.IsSkippable(text[k]), $"character {(int)text[k]:X4} at {k} was dropped");
            }

            previousEnd = token.End;
        }

        Assert.Contains("c\u0301", tokens.Select(t => text.Substring(t.Start, t.Length)));
        Assert.Contains("👍🏽", tokens.Select(t => text.Substring(t.Start, t.Length)));
    }

    [Fact]
    public void A_mark_inside_a_non_latin_word_stays_in_the_word()
    {
        Assert.Equal(["כוח", "צה\"ל", "במחנה"], Texts("כוח צה\"ל במחנה"));
        Assert.Equal(["ג'נין"], Texts("ג'נין"));
        Assert.Equal(["\"", "Latin", "\"", "word"], Texts("\"Latin\" word"));
    }

    [Fact]
    public void Long_input_without_spaces_is_one_token()
    {
        string text = new('a', 100_000);
        var token = Assert.Single(Tokenizer.Tokenize(text));
        Assert.Equal(text.Length, token.Length);
    }
}
