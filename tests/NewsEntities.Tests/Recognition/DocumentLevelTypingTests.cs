using NewsEntities.Recognition;
using static NewsEntities.Tests.Recognition.RecognitionTestKit;

namespace NewsEntities.Tests.Recognition;

public sealed class DocumentLevelTypingTests
{
    [Fact]
    public void A_surname_alone_takes_the_type_of_the_full_name()
    {
        var mentions = Mentions("Senior official Karim al-Masri spoke first.\n\nAl-Masri's remarks came late. Masoud Zand agreed. Zand left.");

        Assert.Contains(("Al-Masri", EntityLabel.Person), mentions);
        Assert.Contains(("Zand", EntityLabel.Person), mentions);
    }

    [Fact]
    public void Jordan_the_country_and_Jordan_the_person_stay_apart()
    {
        var mentions = Mentions("Michael Jordan visited Jordan last week, and Jordan welcomed him.");

        Assert.Contains(("Michael Jordan", EntityLabel.Person), mentions);
        Assert.Equal(2, mentions.Count(m => m == ("Jordan", EntityLabel.Location)));
    }

    [Fact]
    public void Washington_the_city_and_Washington_the_person_stay_apart()
    {
        var mentions = Mentions("Denzel Washington flew to Washington on Monday. Washington said the visit went well.");

        Assert.Contains(("Denzel Washington", EntityLabel.Person), mentions);
        var singles = mentions.Where(m => m.Text == "Washington").Select(m => m.Label).ToList();
        Assert.Equal([EntityLabel.Location, EntityLabel.Person], singles);
    }

    [Fact]
    public void An_unresolved_word_that_the_document_never_explains_is_dropped()
    {
        var mentions = Mentions("Founded in 1990, the group grew. Founded members left.");

        Assert.Empty(mentions);
    }
}
