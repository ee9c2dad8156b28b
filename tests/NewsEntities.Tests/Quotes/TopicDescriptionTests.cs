using NewsEntities.Resolution;

namespace NewsEntities.Tests.Quotes;

/// <summary>
/// A description of an office or a standing that no role in the text explains ("the Republican nominee", "the
/// billionaire businessman") stands for the person the story goes on about, and for nobody when the text points
/// elsewhere.
/// </summary>
public sealed class TopicDescriptionTests
{
    private static readonly TestEntity Levy = new("David Levy", Gender: Gender.Male);
    private static readonly TestEntity Ruth = new("Ruth Cohen", Gender: Gender.Female);
    private static readonly TestEntity Hale = new("Tom Hale", Gender: Gender.Male);

    private static TestQuote Last(string text, params TestEntity[] entities) =>
        QuoteTestDocument.Quotes(text, entities).Last(q => q.IsSpeech);

    [Theory]
    [InlineData("David Levy held a rally in Ames on Monday. \"We will win Iowa,\" the Republican presidential candidate said.", "the Republican presidential candidate")]
    [InlineData("David Levy took questions in a lodge in Salem. The billionaire businessman said the drug crisis was \"a disgrace.\"", "The billionaire businessman")]
    [InlineData("\"I am not worried,\" David Levy told reporters. \"We have the votes,\" the candidate said.", "the candidate")]
    [InlineData("Tom Hale spoke first. David Levy answered him at length. He then read a statement. \"We have the votes,\" the Wisconsin Republican said.", "the Wisconsin Republican")]
    public void A_description_no_role_explains_is_the_person_the_story_goes_on_about(string text, string mention)
    {
        var quote = Last("The mayor spoke.\n\n" + text, Levy, Hale);
        Assert.Equal(mention, quote.SpeakerMention);
        Assert.Equal("David Levy", quote.Speaker);
    }

    [Theory]
    // The answer to a question is not the asker's.
    [InlineData("\"That would be you?\" Tom Hale asked.\n\n\"That would be me,\" the senator said.")]
    // A person the story cites is not its topic.
    [InlineData("\"It was offensive,\" said Tom Hale. More troubling was the plan. The businessman has insisted that it is \"the best plan.\"")]
    // "the Hale actor" is somebody who plays Hale.
    [InlineData("Tom Hale appears in one ad, played by an impersonator. \"It is a two-horse race,\" the Hale actor says.")]
    // A description set off after a name describes that name's person.
    [InlineData("Tom Hale spoke. Sen. Ruth Cohen of Ohio, the presumptive Democratic leader, said the vote was \"a sham.\"")]
    // A person named in the description's own sentence is somebody else.
    [InlineData("Tom Hale spoke. \"He is unfit for office,\" the nominee said of Tom Hale.")]
    // Anonymous heads and the staff who speak for somebody name nobody.
    [InlineData("Tom Hale spoke. \"It is over,\" the spokesman said.")]
    [InlineData("Tom Hale spoke. \"It is over,\" the official said.")]
    // A woman is not "the businessman".
    [InlineData("Ruth Cohen spoke. \"It is over,\" the businessman said.")]
    // "A senator said ... the senator said": the earlier description is whom it names, and it is nobody.
    [InlineData("Tom Hale spoke. A senator said the deal was close. \"It is over,\" the senator said.")]
    public void A_description_the_text_points_elsewhere_names_nobody(string text)
    {
        var quote = Last("The mayor spoke.\n\n" + text, Hale, Ruth);
        Assert.NotNull(quote.SpeakerMention);
        Assert.NotEqual("Tom Hale", quote.Speaker);
        Assert.NotEqual("Ruth Cohen", quote.Speaker);
    }

    [Theory]
    [InlineData("Ohio Republican", "the Texas Republican")]
    [InlineData("Ohio governor", "the Texas governor")]
    [InlineData("Ohio governor", "the senator")]
    public void A_person_whose_roles_the_description_does_not_fit_is_not_its_topic(string role, string description)
    {
        var hale = Hale with { Roles = [role] };
        var quote = Last($"The mayor spoke.\n\nTom Hale spoke after David Levy. \"It is over,\" {description} said.", Levy, hale);
        Assert.Equal(description, quote.SpeakerMention);
        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void A_pronoun_after_as_for_and_a_name_stands_for_that_name()
    {
        var quote = Last(
            "The mayor spoke.\n\nTom Hale warned of a split, but had a darker take. \"It would be a disaster,\" Tom Hale said. "
            + "As for David Levy, he said he is not worried. \"We have the votes,\" he said.",
            Levy, Hale);
        Assert.Equal("David Levy", quote.Speaker);
    }

    [Fact]
    public void A_run_of_descriptions_each_after_the_last_resolves_without_deep_recursion()
    {
        string text = "The mayor spoke.\n\nDavid Levy came. "
            + string.Concat(Enumerable.Repeat("The president walked on. The senator walked on. ", 10_000)) + "\"The dam is safe,\" the candidate said.";
        var quote = Assert.Single(QuoteTestDocument.Quotes(text, Levy), q => q.IsSpeech);
        Assert.Equal("the candidate", quote.SpeakerMention);
    }
}
