using NewsEntities.Recognition;
using NewsEntities.Resolution;
using static NewsEntities.Tests.Resolution.ResolutionTestKit;

namespace NewsEntities.Tests.Resolution;

public sealed class PersonAliasTests
{
    [Fact]
    public void A_surname_joins_the_full_name()
    {
        var document = Run("Foreign Minister Anneke Visser arrived on Monday. Visser said the talks were useful.");

        Assert.Same(ClusterOf(document, "Anneke Visser"), ClusterOf(document, "Visser"));
        Assert.Equal("Anneke Visser", ClusterOf(document, "Visser").Name);
    }

    [Theory]
    [InlineData("Mark R. Hale", "Mark H.R. Hale", false)]
    [InlineData("Mark R. Hale", "Mark R Hale", true)]
    [InlineData("Mark R. Hale", "Mark Hale", true)]
    [InlineData("Mark R. Hale", "Mark Robert Hale", true)]
    public void Full_names_with_different_middle_initials_are_different_people(string first, string second, bool same)
    {
        var document = Resolve(
            $"{first} arrived on Monday. {second} said the talks were useful.", (first, EntityLabel.Person), (second, EntityLabel.Person));

        Assert.Equal(same, ReferenceEquals(ClusterOf(document, first), ClusterOf(document, second)));
    }

    [Theory]
    [InlineData("Xi Jinping", "Xi")]
    [InlineData("Kim Jong Un", "Kim")]
    [InlineData("Hillary Hale", "Hillary")]
    [InlineData("Luiz Inácio Lula da Silva", "Lula")]
    [InlineData("Melba Acosta Febo", "Acosta")]
    public void A_word_alone_joins_the_one_full_name_that_has_it_before_its_last_when_no_surname_matches_it(string full, string alone)
    {
        var document = Resolve(
            $"{full} arrived on Monday. {alone} said the talks were useful.", (full, EntityLabel.Person), (alone, EntityLabel.Person));

        Assert.Same(ClusterOf(document, full), ClusterOf(document, alone));
        Assert.Equal(full, ClusterOf(document, alone).Name);
    }

    [Theory]
    [InlineData("Andrés Manuel López Obrador", "López Obrador")]
    [InlineData("Sarah Huckabee Sanders", "Huckabee Sanders")]
    public void Two_surnames_alone_join_the_full_name_they_end(string full, string surnames)
    {
        var document = Resolve(
            $"{full} arrived on Monday. {surnames} said the talks were useful.", (full, EntityLabel.Person), (surnames, EntityLabel.Person));

        Assert.Same(ClusterOf(document, full), ClusterOf(document, surnames));
    }

    [Fact]
    public void A_given_name_and_a_surname_do_not_join_a_longer_name_they_end_with_another_given_name()
    {
        var document = Resolve(
            "Sarah Huckabee Sanders arrived on Monday. Ann Sanders said the talks were useful.",
            ("Sarah Huckabee Sanders", EntityLabel.Person), ("Ann Sanders", EntityLabel.Person));

        Assert.NotSame(ClusterOf(document, "Sarah Huckabee Sanders"), ClusterOf(document, "Ann Sanders"));
    }

    [Fact]
    public void A_first_word_that_starts_two_people_s_names_or_is_a_title_joins_nobody()
    {
        var document = Resolve(
            "Bill Hale met Bill Novak and Justice Anna Reyes. Bill spoke first. Justice agreed.",
            ("Bill Hale", EntityLabel.Person), ("Bill Novak", EntityLabel.Person), ("Justice Anna Reyes", EntityLabel.Person),
            ("Bill", EntityLabel.Person), ("Justice", EntityLabel.Person));

        Assert.NotSame(ClusterOf(document, "Bill Hale"), ClusterOf(document, "Bill"));
        Assert.NotSame(ClusterOf(document, "Bill Novak"), ClusterOf(document, "Bill"));
        Assert.NotSame(ClusterOf(document, "Justice Anna Reyes"), ClusterOf(document, "Justice"));
    }

    [Fact]
    public void A_middle_initial_does_not_split_a_person()
    {
        var document = Run("The mission is led by General Thomas J. Warden. Officials said Thomas Warden would stay.");

        Assert.Same(ClusterOf(document, "Thomas J. Warden"), ClusterOf(document, "Thomas Warden"));
        Assert.Equal("Thomas J. Warden", ClusterOf(document, "Thomas Warden").Name);
    }

    [Fact]
    public void Particles_stay_with_the_surname()
    {
        var document = Run("The decision was announced by adviser Nasser Abu Khalil on Sunday. Abu Khalil also said it was final. Officials quoted Samir al-Tamimi.\n\nAl-Tamimi denied it.");

        Assert.Same(ClusterOf(document, "Nasser Abu Khalil"), ClusterOf(document, "Abu Khalil"));
        Assert.Same(ClusterOf(document, "Samir al-Tamimi"), ClusterOf(document, "Al-Tamimi"));
    }

    [Fact]
    public void Two_people_who_share_a_surname_stay_apart_and_the_surname_joins_the_nearest()
    {
        var document = Run("Foreign Minister Eli Cohen met the lawyer Dana Cohen on Monday. Cohen told reporters she was pleased.");

        var eli = ClusterOf(document, "Eli Cohen");
        var dana = ClusterOf(document, "Dana Cohen");
        Assert.NotSame(eli, dana);
        Assert.Same(dana, ClusterOf(document, "Cohen"));
    }

    [Fact]
    public void A_surname_after_an_honorific_joins_the_full_name_of_its_gender()
    {
        var document = Resolve(
            "Bill Hale and Hillary Hale arrived. Mrs. Hale spoke first, then Mr. Hale.",
            ("Bill Hale", EntityLabel.Person), ("Hillary Hale", EntityLabel.Person), ("Hale", EntityLabel.Person), ("Hale", EntityLabel.Person));

        Assert.Same(ClusterOf(document, "Hillary Hale"), ClusterOf(document, "Hale", 0));
        Assert.Same(ClusterOf(document, "Bill Hale"), ClusterOf(document, "Hale", 1));
    }

    [Fact]
    public void A_surname_after_an_honorific_still_joins_the_only_full_name_whatever_the_lists_say_of_its_given_name()
    {
        // "Lee" is listed as a man's name; Lee Epstein is a woman.
        var document = Resolve("Lee Ennis spoke. Ms. Ennis left.", ("Lee Ennis", EntityLabel.Person), ("Ennis", EntityLabel.Person));

        Assert.Same(ClusterOf(document, "Lee Ennis"), ClusterOf(document, "Ennis"));
    }

    [Fact]
    public void Gender_comes_from_given_names_and_honorifics()
    {
        var document = Run("Barbara Keane met Mr Okonkwo and Joe Palmer in the capital.");

        Assert.Equal(Gender.Female, ClusterOf(document, "Barbara Keane").Gender);
        Assert.Equal(Gender.Male, ClusterOf(document, "Okonkwo").Gender);
        Assert.Equal(Gender.Male, ClusterOf(document, "Joe Palmer").Gender);
    }

    [Fact]
    public void Names_parse_into_given_name_and_surname_with_particles()
    {
        var name = PersonName.Parse(["Nabil", "Abu", "Rudeineh"], NewsEntities.Lexicons.Lexicon.Default);

        Assert.Equal("Nabil", name.Given);
        Assert.Equal("abu rudeineh", name.SurnameKey);
        Assert.Equal("ahmad", PersonName.Parse(["Al-Ahmad"], NewsEntities.Lexicons.Lexicon.Default).SurnameKey);
    }

    [Theory]
    [InlineData("Ben Carson", "Ben", "carson")]
    [InlineData("Al Gore", "Al", "gore")]
    [InlineData("Chris Van Hollen", "Chris", "van hollen")]
    [InlineData("Van Hollen", null, "van hollen")]
    [InlineData("Marine Le Pen", "Marine", "le pen")]
    [InlineData("Bin Laden", null, "bin laden")]
    [InlineData("Abu Mazen", null, "abu mazen")]
    public void Ben_and_Al_opening_a_name_are_given_names_where_other_particles_stay_with_the_surname(string text, string? given, string surname)
    {
        var name = PersonName.Parse(text, NewsEntities.Lexicons.Lexicon.Default);

        Assert.Equal(given, name.Given);
        Assert.Equal(surname, name.SurnameKey);
    }

    [Fact]
    public void A_surname_alone_joins_a_full_name_that_opens_with_Ben()
    {
        var document = Resolve("Ben Carson spoke. Carson left.", ("Ben Carson", EntityLabel.Person), ("Carson", EntityLabel.Person));

        Assert.Same(ClusterOf(document, "Ben Carson"), ClusterOf(document, "Carson"));
    }

    [Fact]
    public void The_given_name_Ben_alone_joins_its_full_name_but_not_a_name_where_Ben_is_a_particle()
    {
        var carson = Resolve("Ben Carson spoke. Aides said Ben would stay.", ("Ben Carson", EntityLabel.Person), ("Ben", EntityLabel.Person));
        var benAli = Resolve("Zine Ben Ali spoke. Aides said Ben would stay.", ("Zine Ben Ali", EntityLabel.Person), ("Ben", EntityLabel.Person));

        Assert.Same(ClusterOf(carson, "Ben Carson"), ClusterOf(carson, "Ben"));
        Assert.NotSame(ClusterOf(benAli, "Zine Ben Ali"), ClusterOf(benAli, "Ben"));
    }

    [Theory]
    [InlineData("Bill", "William", true)]
    [InlineData("Williams", "Bill", true)]
    [InlineData("Liz", "Elizabeth", true)]
    [InlineData("Bob", "Rob", true)]
    [InlineData("M.", "Michael", true)]
    [InlineData("Eli", "Dana", false)]
    [InlineData("Robert", "Richard", false)]
    public void Given_names_are_compatible_when_equal_nicknames_initials_or_one_edit_from_a_nickname_pair(string a, string b, bool expected)
    {
        Assert.Equal(expected, PersonName.GivenNamesCompatible(a, b, NewsEntities.Lexicons.Lexicon.Default.Nicknames));
    }

    [Fact]
    public void The_nickname_table_has_at_least_300_pairs()
    {
        Assert.True(NewsEntities.Lexicons.Lexicon.Default.Nicknames.PairCount >= 300);
    }
}
