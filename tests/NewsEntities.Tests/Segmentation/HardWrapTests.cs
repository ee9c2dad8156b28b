using NewsEntities.Segmentation;

namespace NewsEntities.Tests.Segmentation;

public sealed class HardWrapTests
{
    private const string Wrapped =
        "The Palestinian Authority has pushed back against pressure to reverse\n"
        + "its decision to end security coordination with Israel, saying it has\n"
        + "refused to give in to threats and will pursue measures aimed at\n"
        + "ensuring the protection of Palestinians, a spokesman said on Sunday.\n"
        + "The raid killed two.\n"
        + "Officials in Ramallah said the decision would stand until the raids\n"
        + "ended, and that no meeting with Israeli commanders had been planned\n"
        + "for the coming week, according to the official news agency.\n";

    [Fact]
    public void Text_wrapped_at_a_width_is_found_with_about_that_width()
    {
        int width = HardWrap.WidthOf(Wrapped);

        Assert.InRange(width, 66, 72);
    }

    [Fact]
    public void A_line_that_could_not_take_the_next_word_ends_softly_and_one_that_ends_early_does_not()
    {
        int width = HardWrap.WidthOf(Wrapped);

        Assert.True(HardWrap.IsSoft(Wrapped, Wrapped.IndexOf("reverse\n", StringComparison.Ordinal) + "reverse".Length, width));
        Assert.False(HardWrap.IsSoft(Wrapped, Wrapped.IndexOf("two.\n", StringComparison.Ordinal) + "two.".Length, width));
    }

    [Fact]
    public void An_indented_line_opens_a_paragraph()
    {
        string text = Wrapped.Replace("\nrefused", "\n    refused", StringComparison.Ordinal);

        Assert.False(HardWrap.IsSoft(text, text.IndexOf("has\n", StringComparison.Ordinal) + "has".Length, HardWrap.WidthOf(text)));
    }

    [Theory]
    [InlineData(
        "The Palestinian Authority has pushed back against pressure to reverse its decision to end security coordination.\n"
        + "Officials in Ramallah said the decision would stand until the raids ended, and that no meeting was planned.\n"
        + "The official news agency said a complaint would be filed with the United Nations Security Council this week.\n"
        + "Israel said the raid had targeted militants who had carried out attacks in the past month, killing two.\n"
        + "The United States urged both sides to restore calm and to return to the coordination that had held for years.\n")]
    [InlineData(
        "Trump rallies supporters in Ohio as early voting opens\n"
        + "Biden visits Pennsylvania steel town to court union workers\n"
        + "Senate Republicans unveil plan to fund the government through December\n"
        + "Markets slide as investors weigh new data on inflation and jobs\n"
        + "Storm leaves thousands without power along the Gulf Coast\n"
        + "Supreme Court agrees to hear challenge to state voting maps\n")]
    public void Text_written_a_paragraph_or_a_headline_per_line_is_not_wrapped(string text)
    {
        Assert.Equal(0, HardWrap.WidthOf(text));
    }

    [Fact]
    public void Text_with_no_line_breaks_is_not_wrapped()
    {
        Assert.Equal(0, HardWrap.WidthOf(Wrapped.Replace('\n', ' ')));
        Assert.False(HardWrap.IsSoft(Wrapped, Wrapped.IndexOf('\n', StringComparison.Ordinal), 0));
    }
}
