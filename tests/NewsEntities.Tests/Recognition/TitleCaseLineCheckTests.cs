using NewsEntities.Lexicons;
using NewsEntities.Pipeline;
using NewsEntities.Recognition;
using static NewsEntities.Tests.Resolution.ResolutionTestKit;

namespace NewsEntities.Tests.Recognition;

public sealed class TitleCaseLineCheckTests
{
    private const string Body = "\n\nThe campaign manager, Tom Okafor, was asked about it at a luncheon on Tuesday.";

    private static List<(string Text, EntityLabel Label)> Checked(Document document)
    {
        new TitleCaseLineCheck(Lexicon.Default).Apply(document, document.Mentions, new TitleCaseLineCheck.Scratch());
        return MentionsOf(document);
    }

    [Fact]
    public void A_headline_keeps_only_the_names_the_running_text_vouches_for()
    {
        var document = Labeled("Okafor Campaign Manager Laughs, Evades Reporter's Question." + Body,
            ("Okafor", EntityLabel.Location), ("Laughs", EntityLabel.Person), ("Evades Reporter", EntityLabel.Person), ("Tom Okafor", EntityLabel.Person));

        // "Okafor" runs inside the person's name in the story, so it is his.
        Assert.Equal([("Okafor", EntityLabel.Person), ("Tom Okafor", EntityLabel.Person)], Checked(document));
    }

    [Fact]
    public void A_mention_that_swallowed_headline_words_is_cut_to_the_vouched_name()
    {
        var document = Labeled("Tom Okafor Just Made A Huge Prediction About The Race." + Body,
            ("Tom Okafor Just Made", EntityLabel.Organization), ("Tom Okafor", EntityLabel.Person));

        Assert.Equal([("Tom Okafor", EntityLabel.Person), ("Tom Okafor", EntityLabel.Person)], Checked(document));
    }

    [Theory]
    [InlineData("Omar Nkemelu Worked With A Contractor For Years.", "Omar Nkemelu", "Nkemelu")] // a given name and the story's surname
    [InlineData("U.S. Nominates A New Head For The Bank.", "U.S.", "Okafor")] // a known short form of a country
    public void A_known_name_stays_though_the_story_words_it_otherwise(string headline, string name, string bodyName)
    {
        var document = Labeled(headline + "\n\nThe contractor, " + bodyName + ", was asked about it at a luncheon on Tuesday.",
            (name, EntityLabel.Person), (bodyName, EntityLabel.Person));

        Assert.Equal(name, Checked(document)[0].Text);
    }

    [Theory]
    [InlineData("Clinton says she will not rule out a run for the seat.")] // sentence case
    [InlineData("OKAFOR LAUGHS, EVADES THE QUESTION.")] // capitals throughout
    [InlineData("Manchester United 3 Liverpool 1")] // a line of names has no capital that no mention holds
    [InlineData("Kenyan President Clinton Met The Ugandan Prime Minister, Moses Okello, In Kampala, he said.")] // a verb in lower case
    public void A_line_that_is_not_title_case_keeps_its_mentions(string line)
    {
        string[] names = line.StartsWith("Man", StringComparison.Ordinal) ? ["Manchester United", "Liverpool"] : [line.StartsWith("OK", StringComparison.Ordinal) ? "OKAFOR" : "Clinton"];
        var document = Labeled(line + Body, [.. names.Select(n => (n, EntityLabel.Person)), ("Tom Okafor", EntityLabel.Person)]);

        Assert.Equal(names.Length + 1, Checked(document).Count);
    }

    [Theory]
    [InlineData("Carson spoke to the Alabama-based Phil Waldrep Ministries in June and September.", "Phil Waldrep Ministries")] // a word in lower case
    [InlineData("Follow Ian Hanchett On Twitter @IanHanchett.", "Ian Hanchett")] // one function word in capitals
    public void Further_down_a_caption_or_credit_full_of_names_is_not_title_case(string line, string name)
    {
        var document = Labeled("The mayor spoke on Tuesday about the harbor and the dam.\n\n" + line, (name, EntityLabel.Organization));

        Assert.Equal([(name, EntityLabel.Organization)], Checked(document));
    }

    [Fact]
    public void A_title_case_line_further_down_with_capitalized_function_words_is_checked_too()
    {
        var document = Labeled("The mayor spoke on Tuesday about the harbor and the dam.\n\nThe Daily Show Takes A Closer Look At The Candidates.",
            ("Daily Show Takes", EntityLabel.Organization));

        Assert.Empty(Checked(document));
    }

    [Fact]
    public void A_document_with_no_running_text_keeps_the_tagger_s_mentions()
    {
        var document = Labeled("Okafor Campaign Manager Laughs, Evades Reporter's Question.", ("Laughs", EntityLabel.Person));

        Assert.Single(Checked(document));
    }
}
